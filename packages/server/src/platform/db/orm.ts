import { checkDataKey } from './data-key.ts';
import type { SqlRows } from './replicas.ts';
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type Config, DEFAULT_POOL, type PoolConfig } from '../config.ts';
import { logger } from '../logger.ts';
import { allMigrationsApplied, loadMigrations } from './migrations/index.ts';
import { initDataKey } from './personal-data.ts';
import { pgConnection } from './pg-connection.ts';

export type Orm = MikroORM;

/**
 * What the application maps: its entity classes, and the tables that only hand-written SQL keeps
 * (partitioned, or maintained set-based), which the schema diff must leave alone. app/orm.ts
 * supplies them; the platform knows no feature.
 */
export interface DataModel {
  entities: NonNullable<Options['entities']>;
  sqlOnlyTables: RegExp[];
}

/** Shared ORM options: the same entities and migrations on PGlite and on a PostgreSQL server. */
function baseOptions({ entities, sqlOnlyTables }: DataModel): Options {
  return {
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: resolve(import.meta.dirname, 'migrations'),
      snapshot: true,
      snapshotName: '.snapshot-cornerstone',
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    schemaGenerator: { skipTables: sqlOnlyTables },
    // Relations load in batches per request (no query per parent row).
    dataloader: true,
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
  };
}

/**
 * Pool settings of a PostgreSQL server. Connections the database dropped (restart, failover,
 * pg_terminate_backend, network) are marked dead by the driver and replaced on their next use; a
 * request that cannot get a connection within `acquireTimeoutMs` fails instead of waiting.
 */
function pgPool(pool: PoolConfig) {
  return {
    min: 0,
    max: pool.max,
    acquireTimeoutMillis: pool.acquireTimeoutMs,
    createTimeoutMillis: pool.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
  };
}

/** The driver's own warnings (a pooled connection found dead, …) go to our log, not to stdout. */
const driverLog = {
  warn: (message: unknown) => logger.warn({ driver: String(message) }, 'database driver'),
  error: (message: unknown) => logger.error({ driver: String(message) }, 'database driver'),
  deprecate: (message: unknown) => logger.warn({ driver: String(message) }, 'database driver'),
  debug: () => undefined,
};

/** Opens the database the config names: a PostgreSQL server, or the embedded PGlite under `dataDir`. */
export async function openDatabase(
  model: DataModel,
  config: Pick<Config, 'databaseUrl' | 'dataDir'> &
    Partial<Pick<Config, 'readReplicaUrls' | 'pool'>> & { dataKey?: string | undefined },
  extra: Options = {},
): Promise<Orm> {
  // Personal data columns need the key before any row is read or migrated.
  initDataKey({
    dataKey: config.dataKey ?? process.env.CORNERSTONE_DATA_KEY,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
  });
  if (config.databaseUrl) {
    const pool = config.pool ?? DEFAULT_POOL;
    return MikroORM.init({
      ...baseOptions(model),
      driver: PostgreSqlDriver,
      clientUrl: config.databaseUrl,
      pool: pgPool(pool),
      driverOptions: { connection: pgConnection(config.databaseUrl, pool), log: driverLog },
      // Read replicas serve only the analytical reads that ask for one (db/replicas.ts): entity
      // reads, writes and balances stay on the primary, so a request always reads its own writes.
      replicas: (config.readReplicaUrls ?? []).map((url, i) => ({
        name: `replica-${i + 1}`,
        clientUrl: url,
        driverOptions: { connection: pgConnection(url, pool) },
      })),
      preferReadReplicas: false,
      ...extra,
    });
  }
  if (config.readReplicaUrls?.length)
    logger.warn('CORNERSTONE_READ_REPLICA_URLS is ignored: the embedded database has no replicas');
  const dataDir = config.dataDir;
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // Loaded only for the embedded database: a process on a PostgreSQL server starts without it.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteDriver } = await import('mikro-orm-pglite');
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  const orm = await MikroORM.init({
    ...baseOptions(model),
    driver: PGliteDriver,
    dbName: 'postgres',
    driverOptions: { connection: { pglite: () => pglite } },
    ...extra,
  });
  // The ORM only borrows the PGlite instance; close it with the ORM.
  const close = orm.close.bind(orm);
  orm.close = async (force?: boolean) => {
    await close(force);
    if (!pglite.closed) await pglite.close();
  };
  return orm;
}

export function isEmbedded(orm: Orm): boolean {
  return orm.config.get('driver') !== PostgreSqlDriver;
}

/**
 * Brings the schema up to date, then checks that this process holds the database's data key
 * (data-key.ts): every command migrates first, so none writes personal data under another key.
 */
export async function migrate(orm: Orm): Promise<string[]> {
  // Most starts find every migration applied: the table of applied ones says so without loading
  // the migrator (and its dependencies), which a CLI command would otherwise pay for each run.
  const conn = orm.em.getConnection();
  const sql: SqlRows = (q, p) => conn.execute(q, p ? [...p] : []);
  const done = (await allMigrationsApplied(sql)) ? [] : await (await migrator(orm)).up();
  await checkDataKey(sql);
  return done.map((m) => m.name);
}

/** The ORM's migrator, loaded on first use. */
export async function migrator(orm: Orm) {
  const { Migrator } = await import('@mikro-orm/migrations');
  orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList: await loadMigrations() });
  Migrator.register(orm);
  return orm.getMigrator();
}
