import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccountManagerCli, runCli } from './support/cli.ts';
import { seedBranches, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Real CSV files through the real CLI, on a database of its own.
describe('pnpm cornerstone import merchants', () => {
  let db: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'cs-merchants-'));

  async function counts() {
    const orm = await db.open();
    try {
      const c = orm.em.getConnection();
      const [m] = await c.execute<{ n: number }[]>('select count(*)::int as n from merchant');
      const [h] = await c.execute<{ n: number }[]>('select count(*)::int as n from merchant_change');
      return { merchants: m!.n, changes: h!.n };
    } finally {
      await orm.close();
    }
  }

  beforeAll(async () => {
    db = await createTestDb({ onDisk: true });
    // The branches the files name exist first: an import never creates one (docs/contract.md).
    const orm = await db.open();
    await seedBranches(orm, '咸阳分公司', '宝鸡分公司', '汉中分公司');
    await orm.close();
    const add = await addAccountManagerCli(db.env, 'am_xa_1', '西安分公司', 'a-long-password');
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).not.toContain('a-long-password');
  });
  afterAll(() => db.drop());

  it('imports 100,000 merchants, and importing the same file again changes nothing', async () => {
    const file = join(dir, 'merchants-100k.csv');
    await writeMerchantsCsv(file, 100_000, {
      manager: 'am_xa_1',
      branch: (i) => (i % 3 ? '西安分公司' : '咸阳分公司'),
    });
    const first = await runCli(['import', 'merchants', file], db.env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /100000 rows read, 100000 inserted, 0 updated, 0 skipped as already imported, 0 rejected/,
    );
    expect(await counts()).toEqual({ merchants: 100_000, changes: 100_000 });

    const again = await runCli(['import', 'merchants', file], db.env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(
      /100000 rows read, 0 inserted, 0 updated, 100000 skipped as already imported, 0 rejected/,
    );
    expect(await counts()).toEqual({ merchants: 100_000, changes: 100_000 });
  }, 300_000);

  it('reports exactly the 3 bad rows by row and column and writes nothing', async () => {
    const before = await counts();
    const file = join(dir, 'merchants-bad.csv');
    await writeMerchantsCsv(file, 20, {
      manager: 'am_xa_1',
      branch: '宝鸡分公司',
      edit: (i, line) => {
        const cells = line.split(',');
        if (i === 3) cells[0] = '12345'; // bad MID
        if (i === 7) cells[3] = '奢侈品类'; // unknown category
        if (i === 12) cells[8] = 'nobody'; // unknown manager
        return cells.join(',').replace(/^898610/, '797610');
      },
    });
    const run = await runCli(['import', 'merchants', file], db.env);
    expect(run.code).not.toBe(0);
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('merchants-bad.csv') || l.includes('merchants-bad.csv:'));
    expect(lines).toHaveLength(3);
    // Row numbers are file lines: the header is line 1, data row i is line i + 1.
    expect(lines[0]).toMatch(/merchants-bad\.csv:4:mid /);
    expect(lines[1]).toMatch(/merchants-bad\.csv:8:category /);
    expect(lines[2]).toMatch(/merchants-bad\.csv:13:manager unknown manager login "nobody"/);
    expect(run.stdout).toMatch(/3 rejected/);
    expect(run.stdout).toMatch(/nothing was written/);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('with --skip-invalid writes the good rows and still reports the bad ones', async () => {
    const before = await counts();
    const file = join(dir, 'merchants-skip.csv');
    await writeMerchantsCsv(file, 5, {
      manager: 'am_xa_1',
      branch: '汉中分公司',
      edit: (i, line) =>
        (i === 1 ? line.replace(',rate,0.0038,', ',rate,abc,') : line).replace(/^898610/, '797620'),
    });
    const run = await runCli(['import', 'merchants', file, '--skip-invalid'], db.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/merchants-skip\.csv:2:rate /);
    expect(run.stdout).toMatch(/5 rows read, 4 inserted/);
    expect((await counts()).merchants).toBe(before.merchants + 4);
  }, 120_000);

  it('updates an existing merchant by MID and keeps the change in its history, mobile masked', async () => {
    const file = join(dir, 'merchants-update.csv');
    await writeMerchantsCsv(file, 2, {
      manager: 'am_xa_1',
      branch: (i) => (i % 3 ? '西安分公司' : '咸阳分公司'),
      edit: (i, line) =>
        i === 1
          ? line.replace('测试商户1号店', '测试商户1号店（新址）').replace('13900000001', '13800138000')
          : line,
    });
    const run = await runCli(['import', 'merchants', file], db.env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/2 rows read, 0 inserted, 1 updated, 1 skipped/);
    const orm = await db.open();
    try {
      const [row] = await orm.em
        .getConnection()
        .execute<{ changes: Record<string, { from: string; to: string }> }[]>(
          `select c.changes from merchant_change c join merchant m on m.id = c.merchant_id
           where m.mid = '898610000000001' and c.kind = 'updated'`,
        );
      expect(row!.changes.name).toEqual({ from: '测试商户1号店', to: '测试商户1号店（新址）' });
      expect(row!.changes.contact_mobile).toEqual({ from: '(hidden)', to: '138****8000' });
      expect(JSON.stringify(row)).not.toContain('13800138000');
      const [other] = await orm.em.getConnection().execute<{ n: number }[]>(
        `select count(*)::int as n from merchant_change c join merchant m on m.id = c.merchant_id
           where m.mid = '898610000000002' and c.kind = 'updated'`,
      );
      expect(other!.n, 'an unchanged row leaves no history').toBe(0);
    } finally {
      await orm.close();
    }
  }, 120_000);
});
