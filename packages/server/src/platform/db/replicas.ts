import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../logger.ts';

/** Runs one SQL statement (`?` placeholders, as `em.execute`) and returns its rows. */
export type SqlRows = <R = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => Promise<R[]>;

/**
 * After a replica fails to answer, analytical reads go to the primary for this long before trying
 * it again (`CORNERSTONE_READ_REPLICA_RETRY_MS`, default 15 s).
 */
export function replicaRetryAfterMs(): number {
  const n = Number(process.env.CORNERSTONE_READ_REPLICA_RETRY_MS);
  return Number.isInteger(n) && n > 0 ? n : 15_000;
}

/**
 * A replica further behind the primary than this answers no analytical read until it catches up
 * (`CORNERSTONE_READ_REPLICA_MAX_LAG_MS`, default 60 s): the reads go to the primary meanwhile.
 */
export function replicaMaxLagMs(): number {
  const n = Number(process.env.CORNERSTONE_READ_REPLICA_MAX_LAG_MS);
  return Number.isInteger(n) && n > 0 ? n : 60_000;
}

// How far behind the replica is: nothing when it has replayed all it received, else the age of the
// last transaction it replayed (unknown, so too far, when it has replayed none yet).
const LAG_SQL = `select case when pg_last_wal_receive_lsn() is null or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
    then 0::float8
    else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000, 'Infinity')::float8 end as lag_ms`;

/** The last lag reading of each replica connection (read again after a second). */
const lagReading = new WeakMap<object, { at: number; lagging: boolean }>();

async function lagsTooFar(replica: ReadConnection): Promise<boolean> {
  const now = Date.now();
  const last = lagReading.get(replica);
  if (last && now - last.at < 1000) return last.lagging;
  const [row] = (await replica.execute(LAG_SQL, [], 'all')) as { lag_ms: number }[];
  const lagMs = Number(row?.lag_ms ?? Number.POSITIVE_INFINITY);
  const maxLagMs = replicaMaxLagMs();
  const lagging = lagMs > maxLagMs;
  if (lagging && !last?.lagging)
    logger.warn(
      { lagMs: Math.round(lagMs), maxLagMs },
      'read replica lags behind: analytical reads go to the primary',
    );
  lagReading.set(replica, { at: now, lagging });
  return lagging;
}

interface ReadConnection {
  execute(sql: string, params?: unknown[], method?: 'all'): Promise<unknown>;
}

/** Replicas that failed recently (by connection), with when to try them again. */
const downUntil = new WeakMap<object, number>();

/** True when the ORM was opened with at least one read replica (CORNERSTONE_READ_REPLICA_URLS). */
export function hasReadReplica(em: EntityManager): boolean {
  return (em.config.get('replicas') ?? []).length > 0;
}

/** The same runner on the primary, through `em` (and its transaction, if any). */
export function primarySql(em: EntityManager): SqlRows {
  return <R>(sql: string, params: readonly unknown[] = []) => em.execute<R[]>(sql, [...params]);
}

/**
 * Where analytical reads run (pyramid, Lorenz curve, tier migration, tier lists, exports): a
 * function `(sql, params) => rows`. With a read replica configured and `em` outside a transaction,
 * each statement runs on a replica and may see data a little older than the primary (replication
 * lag; all the statements of one `analyticsSql(em)` go to the same replica); otherwise — no replica, or inside a transaction, which must see its own writes — on the
 * primary through `em`. When the replica cannot answer (down, refusing, connection lost, or the
 * statement cancelled by a recovery conflict) the statement runs on the primary instead, and that
 * replica is left alone for `replicaRetryAfterMs()`; a replica lagging more than `replicaMaxLagMs()`
 * behind leaves its reads to the primary until it catches up.
 *
 * Only for reads that can be a little stale: never for balances, for anything a request has just
 * written, or for a read that a write then depends on.
 */
export function analyticsSql(em: EntityManager): SqlRows {
  const primary = primarySql(em);
  if (!hasReadReplica(em) || em.isInTransaction()) return primary;
  // One replica for all the statements of this read (MikroORM picks at random), so they see one state.
  let replica: ReadConnection | null | undefined;
  return async <R>(sql: string, params: readonly unknown[] = []) => {
    if (replica === undefined) replica = pickReplica(em);
    const chosen = replica;
    if (!chosen) return primary<R>(sql, params);
    try {
      // Too far behind: this read goes to the primary (and stays there, so it sees one state).
      if (await lagsTooFar(chosen)) {
        replica = null;
        return primary<R>(sql, params);
      }
      return (await chosen.execute(sql, [...params], 'all')) as R[];
    } catch (err) {
      if (!replicaUnavailable(err)) throw err;
      if (sqlState(err) !== '40001') {
        // Down (not just one statement cancelled): this read and the next ones go to the primary.
        const retryInMs = replicaRetryAfterMs();
        if ((downUntil.get(chosen) ?? 0) < Date.now())
          logger.warn(
            { code: errorCode(err), retryInMs },
            'read replica unavailable: analytical reads go to the primary',
          );
        downUntil.set(chosen, Date.now() + retryInMs);
        replica = null;
      }
      return primary<R>(sql, params);
    }
  };
}

/** A replica connection not marked down, or null when every one is (MikroORM picks one at random). */
function pickReplica(em: EntityManager): ReadConnection | null {
  const count = (em.config.get('replicas') ?? []).length;
  const now = Date.now();
  for (let i = 0; i < count * 3; i++) {
    const c = em.getConnection('read') as unknown as ReadConnection;
    if ((downUntil.get(c) ?? 0) <= now) return c;
  }
  return null;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; sqlState?: unknown };
  const s = typeof e.sqlState === 'string' ? e.sqlState : e.code;
  return typeof s === 'string' && /^[0-9A-Z]{5}$/.test(s) ? s : undefined;
}

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown };
  return String(e.code ?? e.name ?? 'unknown');
}

/** Errors that say the replica could not answer (rather than that the statement is wrong). */
function replicaUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  const state = sqlState(err);
  // 08: connection exception; 57P0x: shutting down / starting up; 53300: too many connections;
  // 40001 on a standby: cancelled by a conflict with recovery.
  if (state && (state.startsWith('08') || state.startsWith('57P') || state === '53300' || state === '40001'))
    return true;
  if (e.name === 'KnexTimeoutError') return true;
  const message = String(e.message ?? '');
  return /Connection terminated|connection timeout|Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery)/i.test(
    message,
  );
}
