import type pg from 'pg';
import type { PoolConfig } from '../config.ts';
import { logger } from '../logger.ts';
import type { SqlRows } from './replicas.ts';

/**
 * The pg connection settings of one server URL. The URL itself goes to pg as well, so what it says
 * beyond host, port, user and database (application_name, sslmode…) is honoured; connections carry
 * `application_name=cornerstone` unless the URL names another, so they can be told apart in
 * pg_stat_activity. TCP keepalive finds a connection whose peer vanished without closing it.
 */
export function pgConnection(url: string, pool: PoolConfig) {
  return {
    connectionString: url,
    application_name: 'cornerstone',
    connectionTimeoutMillis: pool.connectTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

/**
 * A bare pg pool of a server (the CLI's bulk commands, which start faster without the ORM): each
 * connection as the ORM's own (`pgConnection`), and a one-statement runner in the ORM's style.
 */
export async function openPgPool(url: string, pool: PoolConfig): Promise<{ pool: pg.Pool; sql: SqlRows }> {
  const { default: pgModule } = await import('pg');
  const p = new pgModule.Pool({ ...pgConnection(url, pool), max: 2 });
  // An idle connection the server dropped (restart, pg_terminate_backend) is replaced on next use.
  p.on('error', (err) => logger.warn({ err: err.message }, 'database connection lost'));
  // `?` placeholders, as em.execute takes them, become pg's `$1…`.
  const sql: SqlRows = async <R>(text: string, params: readonly unknown[] = []) => {
    let n = 0;
    const res = await p.query(
      text.replace(/\?/g, () => `$${++n}`),
      [...params],
    );
    return res.rows as R[];
  };
  return { pool: p, sql };
}
