import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../src/app/orm.ts';
import { findRepoRoot } from '../src/platform/config.ts';
import { addAccountManagerCli, runCli } from './support/cli.ts';
import { writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, onPostgres, type TestDb } from './support/test-db.ts';

// One key per database (issue 21): the database keeps the fingerprint of the key its personal data
// is encrypted under, and a process with another key stops before it writes anything. Real files
// through the real CLI, each run a process of its own with its own key.

describe('the data key of a database', () => {
  let db: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'cs-data-key-'));
  const otherKey = { CORNERSTONE_DATA_KEY: randomBytes(32).toString('hex') };
  const ten = join(dir, 'ten.csv');
  const twenty = join(dir, 'twenty.csv');

  async function state() {
    const orm = await db.open();
    try {
      const c = orm.em.getConnection();
      const [m] = await c.execute<{ n: number }[]>('select count(*)::int as n from merchant');
      const [k] = await c.execute<{ fingerprint: string }[]>('select fingerprint from data_key');
      return { merchants: m!.n, fingerprint: k?.fingerprint ?? null };
    } finally {
      await orm.close();
    }
  }

  beforeAll(async () => {
    db = await createTestDb({ onDisk: true });
    const add = await addAccountManagerCli(db.env, 'am_key', '西安分公司', 'a-long-password');
    expect(add.code, add.stderr).toBe(0);
    await writeMerchantsCsv(ten, 10, { manager: 'am_key', branch: '西安分公司' });
    await writeMerchantsCsv(twenty, 20, { manager: 'am_key', branch: '西安分公司' });
    const first = await runCli(['import', 'merchants', ten], db.env);
    expect(first.code, first.stderr).toBe(0);
  }, 120_000);
  afterAll(() => db.drop());

  it('keeps a fingerprint of its key, which is not the key', async () => {
    const { merchants, fingerprint } = await state();
    expect(merchants).toBe(10);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint).not.toBe(otherKey.CORNERSTONE_DATA_KEY);
  });

  it('refuses an import under another key before any write, and takes it under its own', async () => {
    const before = await state();
    const wrong = await runCli(['import', 'merchants', twenty], { ...db.env, ...otherKey });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/the data key does not match this database/);
    expect(wrong.stderr).not.toContain(otherKey.CORNERSTONE_DATA_KEY);
    expect(await state()).toEqual(before);
    const right = await runCli(['import', 'merchants', twenty], db.env);
    expect(right.code, right.stderr).toBe(0);
    expect(await state()).toEqual({ ...before, merchants: 20 });
  }, 120_000);

  it('lets a database from before fingerprints take only the key its personal data opens with', async () => {
    const { fingerprint } = await state();
    const orm = await db.open();
    await orm.em.getConnection().execute('delete from data_key');
    await orm.close();
    const wrong = await runCli(['migrate'], { ...db.env, ...otherKey });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/the data key does not match this database/);
    const right = await runCli(['migrate'], db.env);
    expect(right.code, right.stderr).toBe(0);
    expect((await state()).fingerprint).toBe(fingerprint);
  }, 120_000);

  it('refuses a server database without CORNERSTONE_DATA_KEY before it opens anything or makes a key file', async () => {
    // On the embedded run the server is one that is never reached: the refusal comes first.
    const url = onPostgres ? db.env.DATABASE_URL! : 'postgres://postgres@127.0.0.1:1/cs_never_opened';
    const scratch = mkdtempSync(join(tmpdir(), 'cs-no-key-'));
    const rootKey = join(findRepoRoot(), 'data.key');
    const rootKeyBefore = existsSync(rootKey);
    const before = await state();
    const env = { DATABASE_URL: url, CORNERSTONE_DATA_KEY: '', CORNERSTONE_DATA_DIR: join(scratch, 'data') };
    // The fast settlement import opens no ORM: it is refused all the same.
    for (const args of [['migrate'], ['import', 'settlements', ten]]) {
      const r = await runCli(args, env);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr).toMatch(/CORNERSTONE_DATA_KEY is not set: a PostgreSQL server database/);
      expect(r.stderr).toContain('openssl rand -hex 32');
    }
    await expect(
      openOrm({ databaseUrl: url, dataDir: env.CORNERSTONE_DATA_DIR, dataKey: '' }),
    ).rejects.toThrow(/CORNERSTONE_DATA_KEY is not set/);
    expect(readdirSync(scratch)).toEqual([]);
    expect(existsSync(rootKey)).toBe(rootKeyBefore);
    expect(await state()).toEqual(before);
  }, 120_000);
});
