import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, type Orm, openOrm } from '../../src/app/orm.ts';

/**
 * A clean database for one test file: with DATABASE_URL, a fresh database created on that server
 * (dropped afterwards); otherwise an embedded PGlite, in memory or in a temp dir (`onDisk`) so a CLI
 * subprocess can open it too.
 */
export interface TestDb {
  /** Environment for a CLI subprocess that should use this database. */
  env: Record<string, string>;
  open(): Promise<Orm>;
  drop(): Promise<void>;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

export async function createTestDb(opts: { onDisk?: boolean } = {}): Promise<TestDb> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `cs_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    return {
      env: { DATABASE_URL: databaseUrl },
      open: async () => {
        const orm = await openOrm({ databaseUrl, dataDir: '' });
        await migrate(orm);
        return orm;
      },
      drop: async () => {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = opts.onDisk ? mkdtempSync(join(tmpdir(), 'cs-test-')) : null;
  const dataDir = dir ?? 'memory://';
  return {
    env: { CORNERSTONE_DATA_DIR: dataDir, DATABASE_URL: '' },
    open: async () => {
      const orm = await openOrm({ databaseUrl: undefined, dataDir });
      await migrate(orm);
      return orm;
    },
    drop: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
