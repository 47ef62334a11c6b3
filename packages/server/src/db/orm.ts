import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { PGliteDriver } from 'mikro-orm-pglite';
import type { Config } from '../config.ts';
import { entities, sqlOnlyTables } from './entities.ts';
import { migrationsList } from './migrations/index.ts';
import { initDataKey } from './personal-data.ts';

export type Orm = MikroORM;

/** Shared ORM options: the same entities and migrations on PGlite and on a PostgreSQL server. */
function baseOptions(): Options {
  return {
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: resolve(import.meta.dirname, 'migrations'),
      migrationsList,
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

/** Opens the database the config names: a PostgreSQL server, or the embedded PGlite under `dataDir`. */
export async function openOrm(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & { dataKey?: string | undefined },
  extra: Options = {},
): Promise<Orm> {
  // Personal data columns need the key before any row is read or migrated.
  initDataKey({ dataKey: config.dataKey ?? process.env.CORNERSTONE_DATA_KEY, dataDir: config.dataDir });
  if (config.databaseUrl) {
    return MikroORM.init({
      ...baseOptions(),
      driver: PostgreSqlDriver,
      clientUrl: config.databaseUrl,
      pool: { min: 0, max: 10 },
      ...extra,
    });
  }
  const dataDir = config.dataDir;
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  const orm = await MikroORM.init({
    ...baseOptions(),
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
  return orm.config.get('driver') === PGliteDriver;
}

export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
