import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Orm, openOrm } from '../src/app/orm.ts';
import { PERSONAL_DATA_COLUMNS } from '../src/app/personal-data-columns.ts';
import { blindIndex, decryptPersonal } from '../src/platform/db/personal-data.ts';
import { WEBHOOK_EVENTS } from '../src/platform/events/outbox.ts';
import { subscribe } from '../src/webhooks/webhooks.service.ts';
import { addAccountManagerCli, runCli } from './support/cli.ts';
import { mid, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, onPostgres, type TestDb } from './support/test-db.ts';

// `cornerstone keys rotate` (docs/security.md, "Data key"), through the real CLI, each run a process
// of its own: every personal value moves to the new key in one transaction, the blind indexes with
// it, and afterwards only a process with the new key is let in.

const N = 12;
const BRANCH = '宝鸡分公司';
const mobileOf = (i: number) => `139${String(i).padStart(8, '0')}`;
const hex = () => randomBytes(32).toString('hex');

/** The database opened in this process with `key` (undefined: the embedded database's key file). */
async function openWith(db: TestDb, key: string | undefined): Promise<Orm> {
  const orm = await openOrm(
    onPostgres
      ? { databaseUrl: db.env.DATABASE_URL, dataDir: '', dataKey: key }
      : { databaseUrl: undefined, dataDir: db.env.CORNERSTONE_DATA_DIR!, dataKey: key },
  );
  await migrate(orm);
  return orm;
}

interface Stored {
  merchants: { mid: string; contact_mobile: string; contact_mobile_hash: string }[];
  secrets: { secret: string }[];
  fingerprint: string;
}

/** What is stored, as stored: every merchant's ciphertext and blind index, the secrets, the fingerprint. */
async function stored(orm: Orm): Promise<Stored> {
  const c = orm.em.getConnection();
  const [key] = await c.execute<{ fingerprint: string }[]>('select fingerprint from data_key');
  return {
    merchants: await c.execute<Stored['merchants']>(
      'select mid, contact_mobile, contact_mobile_hash from merchant order by mid',
    ),
    secrets: await c.execute<Stored['secrets']>('select secret from webhook_subscription order by id'),
    fingerprint: key!.fingerprint,
  };
}

/** The mobiles as a process holding the key reads them, by MID. */
const mobiles = (s: Stored) =>
  Object.fromEntries(s.merchants.map((m) => [m.mid, decryptPersonal(m.contact_mobile)]));
const expected = Object.fromEntries(Array.from({ length: N }, (_, k) => [mid(k + 1), mobileOf(k + 1)]));

describe('keys rotate, for a database whose key is CORNERSTONE_DATA_KEY', () => {
  let db: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'cs-key-rotation-'));
  const oldKey = hex();
  const env0 = () => ({ ...db.env, CORNERSTONE_DATA_KEY: oldKey });
  const file = join(dir, 'm.csv');
  let secret = '';

  async function snapshot(key: string) {
    const orm = await openWith(db, key);
    try {
      return await stored(orm);
    } finally {
      await orm.close();
    }
  }

  beforeAll(async () => {
    db = await createTestDb({ onDisk: true });
    const add = await addAccountManagerCli(env0(), 'am_rot', BRANCH, 'a-long-password');
    expect(add.code, add.stderr).toBe(0);
    await writeMerchantsCsv(file, N, { manager: 'am_rot', branch: BRANCH });
    const imported = await runCli(['import', 'merchants', file], env0());
    expect(imported.code, imported.stderr).toBe(0);
    const orm = await openWith(db, oldKey);
    try {
      const em = orm.em.fork() as never;
      secret = (
        await subscribe(em, 'http://127.0.0.1:9/hook', [WEBHOOK_EVENTS[0]!], 'test', { allowLoopback: true })
      ).secret;
    } finally {
      await orm.close();
    }
  }, 180_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a new key equal to the old, and asks for the new key of a CORNERSTONE_DATA_KEY database', async () => {
    const before = await snapshot(oldKey);
    const same = join(dir, 'same.key');
    writeFileSync(same, `${oldKey}\n`, { mode: 0o600 });
    const r = await runCli(['keys', 'rotate', '--new-key-file', same], env0());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/the new data key is the key this database is already under/);
    const bare = await runCli(['keys', 'rotate'], env0());
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toMatch(/give the new key with --new-key-file FILE/);
    expect(await snapshot(oldKey)).toEqual(before);
  }, 120_000);

  it('changes nothing at all when one value does not open under the key', async () => {
    const orm = await openWith(db, oldKey);
    const c = orm.em.getConnection();
    const [victim] = await c.execute<{ id: number; contact_mobile: string }[]>(
      'select id, contact_mobile from merchant where mid = ?',
      [mid(N)],
    );
    // A value encrypted under some other key: found last, after every other row has been rewritten.
    await c.execute('update merchant set contact_mobile = ? where id = ?', [
      `v1.${randomBytes(40).toString('base64url')}`,
      victim!.id,
    ]);
    const before = await stored(orm);
    await orm.close();
    const r = await runCli(['keys', 'rotate', '--new-key-file', join(dir, 'unused.key')], env0());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(`merchant\\.contact_mobile of id ${victim!.id} does not open with the current data key`),
    );
    const after = await openWith(db, oldKey);
    expect(await stored(after)).toEqual(before);
    await after.em
      .getConnection()
      .execute('update merchant set contact_mobile = ? where id = ?', [victim!.contact_mobile, victim!.id]);
    await after.close();
  }, 120_000);

  it('moves every value and blind index to the new key, which alone is let in afterwards', async () => {
    const before = await snapshot(oldKey);
    expect(mobiles(before)).toEqual(expected);
    const keyFile = join(dir, 'new.key');
    const r = await runCli(['keys', 'rotate', '--new-key-file', keyFile], env0());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`keys rotate: ${N + 1} / ${N + 1} values (100%)`);
    expect(r.stdout).toMatch(/restarted with CORNERSTONE_DATA_KEY set to the new key/);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const newKey = readFileSync(keyFile, 'utf8').trim();
    expect(newKey).toMatch(/^[0-9a-f]{64}$/);

    const old = await runCli(['migrate'], env0());
    expect(old.code).not.toBe(0);
    expect(old.stderr).toMatch(/the data key does not match this database/);

    const after = await snapshot(newKey); // decrypts under the new key from here on
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(mobiles(after)).toEqual(expected);
    after.merchants.forEach((m, k) => {
      expect(m.contact_mobile).not.toBe(before.merchants[k]!.contact_mobile);
      expect(m.contact_mobile_hash).not.toBe(before.merchants[k]!.contact_mobile_hash);
      expect(m.contact_mobile_hash).toBe(blindIndex(expected[m.mid]!));
    });
    expect(after.secrets.map((s) => decryptPersonal(s.secret))).toEqual([secret]);

    // The import finds a merchant's mobile unchanged by its blind index: the same file updates
    // nothing (with the old indexes left in place, every merchant would count as changed), and one
    // changed mobile is one update.
    const env1 = { ...db.env, CORNERSTONE_DATA_KEY: newKey };
    const again = await runCli(['import', 'merchants', file], env1);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/ 0 inserted, 0 updated,/);
    const changed = join(dir, 'changed.csv');
    await writeMerchantsCsv(changed, N, {
      manager: 'am_rot',
      branch: BRANCH,
      edit: (i, line) => (i === 3 ? line.replace(mobileOf(3), '13700000003') : line),
    });
    const one = await runCli(['import', 'merchants', changed], env1);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/ 0 inserted, 1 updated,/);

    const orm = await openWith(db, newKey);
    const audit: { outcome: string }[] = await orm.em
      .getConnection()
      .execute("select outcome from audit_log where action = 'keys-rotate' order by id");
    await orm.close();
    expect(audit.map((a) => a.outcome)).toEqual(['error', 'error', 'ok']);
  }, 180_000);

  it('leaves no encrypted value in a column the rotation does not know', async () => {
    const orm = await openWith(db, readFileSync(join(dir, 'new.key'), 'utf8').trim());
    try {
      const c = orm.em.getConnection();
      const cols = await c.execute<{ t: string; c: string }[]>(
        `select table_name as t, column_name as c from information_schema.columns
         where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
      );
      const holding: string[] = [];
      for (const { t, c: col } of cols) {
        const [hit] = await c.execute<{ n: number }[]>(
          `select count(*)::int as n from "${t}" where "${col}"::text ~ '(^|[^A-Za-z0-9_.])v1\\.[A-Za-z0-9_-]{30,}'`,
        );
        if (hit!.n > 0) holding.push(`${t}.${col}`);
      }
      expect(holding.sort()).toEqual(PERSONAL_DATA_COLUMNS.map((p) => `${p.table}.${p.column}`).sort());
    } finally {
      await orm.close();
    }
  });
});

describe.skipIf(onPostgres)('keys rotate, for an embedded database with its key file', () => {
  let db: TestDb;
  let keyFile = '';
  const dir = mkdtempSync(join(tmpdir(), 'cs-key-file-rotation-'));
  const read = (path: string) => readFileSync(path, 'utf8').trim();
  async function readMobiles() {
    const orm = await openWith(db, undefined);
    try {
      return mobiles(await stored(orm));
    } finally {
      await orm.close();
    }
  }

  beforeAll(async () => {
    db = await createTestDb({ onDisk: true });
    keyFile = `${db.env.CORNERSTONE_DATA_DIR}.key`;
    const add = await addAccountManagerCli(db.env, 'am_file', BRANCH, 'a-long-password');
    expect(add.code, add.stderr).toBe(0);
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am_file', branch: BRANCH });
    const imported = await runCli(['import', 'merchants', join(dir, 'm.csv')], db.env);
    expect(imported.code, imported.stderr).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(keyFile, { force: true });
    rmSync(`${keyFile}.new`, { force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces data.key once the new key has committed, and refuses the old key', async () => {
    const old = read(keyFile);
    const r = await runCli(['keys', 'rotate'], db.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`The new key replaced ${keyFile}`);
    expect(read(keyFile)).not.toBe(old);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(existsSync(`${keyFile}.new`)).toBe(false);
    const wrong = await runCli(['migrate'], { ...db.env, CORNERSTONE_DATA_KEY: old });
    expect(wrong.stderr).toMatch(/the data key does not match this database/);
    expect(await readMobiles()).toEqual(expected);
  }, 120_000);

  it('leaves a data.key.new of a rotation that did not commit alone, and overwrites it on the next', async () => {
    const current = read(keyFile);
    const stray = hex();
    writeFileSync(`${keyFile}.new`, `${stray}\n`, { mode: 0o600 });
    const start = await runCli(['migrate'], db.env);
    expect(start.code, start.stderr).toBe(0);
    expect(read(keyFile)).toBe(current);
    expect(read(`${keyFile}.new`)).toBe(stray);
    const r = await runCli(['keys', 'rotate'], db.env);
    expect(r.code, r.stderr).toBe(0);
    expect([current, stray]).not.toContain(read(keyFile));
    expect(existsSync(`${keyFile}.new`)).toBe(false);
    expect(await readMobiles()).toEqual(expected);
  }, 120_000);

  it('finishes a rotation stopped between its commit and the rename on the next start', async () => {
    const old = read(keyFile);
    const r = await runCli(['keys', 'rotate'], db.env);
    expect(r.code, r.stderr).toBe(0);
    const rotated = read(keyFile);
    // As a crash right after the commit leaves it: the old key in data.key, the new in data.key.new.
    renameSync(keyFile, `${keyFile}.new`);
    writeFileSync(keyFile, `${old}\n`, { mode: 0o600 });
    const log = join(dir, 'start.log');
    const start = await runCli(['migrate'], { ...db.env, CORNERSTONE_LOG_FILE: log });
    expect(start.code, start.stderr).toBe(0);
    expect(read(keyFile)).toBe(rotated);
    expect(existsSync(`${keyFile}.new`)).toBe(false);
    expect(readFileSync(log, 'utf8')).toContain('finished an interrupted data key rotation');
    expect(await readMobiles()).toEqual(expected);
  }, 120_000);
});
