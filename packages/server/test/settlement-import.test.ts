import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatYuan } from '@cornerstone/shared/money/money';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { fastImportSettlements } from '../src/settlement/settlement-fast-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { expectedProfit, settlementRows } from './support/settlement-fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

const N = 60;
const FROM = '2026-06-20';
const TO = '2026-10-10';

describe('settlement import and profit', () => {
  let db: TestDb;
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'cs-settle-'));
  const file = join(dir, 'settlements.csv');
  const rows = [...settlementRows(N, FROM, TO)];

  const count = async () =>
    (await orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from settlement'))[0]!
      .n;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '西安分公司');
    await seedUser(orm, 'analyst', 'analyst');
    const mfile = join(dir, 'm.csv');
    await writeMerchantsCsv(mfile, N, { manager: 'am', branch: '西安分公司' });
    await importMerchants(orm, mfile);
    await writeLines(
      file,
      SETTLEMENT_HEADER,
      rows.map((r) => r.line),
    );
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('imports every row once, and the same file again inserts nothing', async () => {
    const first = await importSettlements(orm, file);
    expect(first).toMatchObject({ rowsRead: rows.length, inserted: rows.length, skipped: 0, rejected: 0 });
    const again = await importSettlements(orm, file);
    expect(again).toMatchObject({ rowsRead: rows.length, inserted: 0, skipped: rows.length, rejected: 0 });
    expect(await count()).toBe(rows.length);
  });

  it('keeps the monthly rollup equal to the raw days', async () => {
    const [diff] = await orm.em.getConnection().execute<{ n: number }[]>(
      `select count(*)::int as n from settlement_month r full join (
         select merchant_id, date_trunc('month', settle_date)::date as month, sum(merchant_fee - issuer_fee - network_fee) as profit,
                sum(txn_amount) as amount, count(*) as days
         from settlement group by 1, 2) d using (merchant_id, month)
       where r.profit is distinct from d.profit or r.txn_amount is distinct from d.amount or r.days is distinct from d.days`,
    );
    expect(diff!.n).toBe(0);
  });

  it('rejects bad rows by row and column and writes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    const lines = [
      `2026-11-01,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
      `2026-11-31,${mid(2)},3,300.00,0,0.00,3.00,1.00,0.20`, // no such date
      `2026-11-01,${mid(999)},3,300.00,0,0.00,3.00,1.00,0.20`, // unknown merchant
      `2026-11-01,${mid(3)},3,300.005,0,0.00,3.00,1.00,0.20`, // 3 decimals
      `2026-11-01,${mid(4)},3,300.00,5,0.00,3.00,1.00,0.20`, // capped_count > txn_count
    ];
    writeFileSync(bad, `${SETTLEMENT_HEADER}\n${lines.join('\n')}\n`);
    const errors: string[] = [];
    const before = await count();
    const s = await importSettlements(orm, bad, { onError: (e) => errors.push(`${e.row}:${e.column}`) });
    expect(s.rolledBack).toBe(true);
    expect(s.rejected).toBe(4);
    expect(errors.sort()).toEqual(['3:settle_date', '4:mid', '5:txn_amount', '6:capped_count']);
    expect(await count()).toBe(before);

    const skipped = await importSettlements(orm, bad, { skipInvalid: true });
    expect(skipped).toMatchObject({ inserted: 1, rejected: 4, rolledBack: false });
    expect(await count()).toBe(before + 1);
  });

  it('rejects a changed value for an existing (settle_date, mid) instead of overwriting it', async () => {
    const original = rows[5]!;
    const cells = original.line.split(',');
    cells[3] = '99999999.00';
    const changed = join(dir, 'changed.csv');
    writeFileSync(changed, `${SETTLEMENT_HEADER}\n${rows[6]!.line}\n${cells.join(',')}\n`);
    const errors: { row: number; column: string; message: string }[] = [];
    const before = await count();
    const s = await importSettlements(orm, changed, { onError: (e) => errors.push(e) });
    expect(s.rejected).toBe(1);
    expect(errors[0]).toMatchObject({ row: 3, column: 'txn_amount' });
    expect(await count()).toBe(before);
  });

  it('gives profit over a month, a quarter and a custom range equal to the file', async () => {
    const server = await startServer(orm);
    try {
      const token = await server.login('analyst');
      const periods: [string, string, string][] = [
        ['2026-08', '2026-08-01', '2026-08-31'],
        ['2026-Q3', '2026-07-01', '2026-09-30'],
        ['2026-06-25..2026-09-03', '2026-06-25', '2026-09-03'],
        ['2026', '2026-01-01', '2026-12-31'],
      ];
      for (const [period, from, to] of periods) {
        const expected = expectedProfit(rows, from, to);
        const r = await server.gql<{ merchants: { edges: { node: { mid: string; profit: string } }[] } }>(
          'query($p: String!) { merchants(first: 100) { edges { node { mid profit(period: $p) } } } }',
          { p: period },
          token,
        );
        expect(r.errors).toBeUndefined();
        for (const e of r.data!.merchants.edges) {
          // The day imported by the --skip-invalid test belongs to 2026-11, outside these periods (except the year).
          const extra = period === '2026' && e.node.mid === mid(1) ? 300n - 100n - 20n : 0n;
          expect(e.node.profit, `${period} ${e.node.mid}`).toBe(
            formatYuan((expected.get(e.node.mid) ?? 0n) + extra),
          );
        }
      }
    } finally {
      await server.close();
    }
  });

  it('reads the monthly rollup, not raw days, for a 12-month period', async () => {
    const plan = await orm.em.getConnection().execute<{ 'QUERY PLAN': string }[]>(
      `explain select merchant_id, sum(profit) from settlement_month
       where month >= '2026-01-01' and month < '2027-01-01' and merchant_id = any('{1,2,3}') group by merchant_id`,
    );
    const text = plan.map((p: Record<string, string>) => Object.values(p)[0]).join('\n');
    expect(text).toContain('settlement_month');
    expect(text).not.toMatch(/settlement_2026/);
  });

  it('loads months never imported before and months already there in one file, each row once', async () => {
    // February is partly there (to 02-10); March and April are new months (settle dates lie in the
    // past: the accepted window ends today).
    const feb = [...settlementRows(N, '2025-02-01', '2025-02-10')];
    const more = [...settlementRows(N, '2025-02-11', '2025-04-05')];
    const f = join(dir, 'history.csv');
    await writeLines(
      join(dir, 'feb.csv'),
      SETTLEMENT_HEADER,
      feb.map((r) => r.line),
    );
    expect(await importSettlements(orm, join(dir, 'feb.csv'))).toMatchObject({ inserted: feb.length });
    await writeLines(
      f,
      SETTLEMENT_HEADER,
      more.map((r) => r.line),
    );
    const before = await count();
    expect(await importSettlements(orm, f)).toMatchObject({ inserted: more.length, rejected: 0 });
    expect(await count()).toBe(before + more.length);
    const parts = await orm.em.getConnection().execute<{ part: string }[]>(
      `select c.relname as part from pg_inherits i join pg_class c on c.oid = i.inhrelid
         where i.inhparent = 'settlement'::regclass and c.relname in ('settlement_202503', 'settlement_202504')`,
    );
    expect(parts).toHaveLength(2);
    // A line twice in a file for a new month: stored once, the second counted as already there.
    const dup = [...settlementRows(3, '2025-05-04', '2025-05-04')].map((r) => r.line);
    const g = join(dir, 'dup.csv');
    await writeLines(g, SETTLEMENT_HEADER, [...dup, dup[0]!]);
    const d = await importSettlements(orm, g);
    expect(d).toMatchObject({ rowsRead: dup.length + 1, inserted: dup.length, rejected: 0 });
    expect(await count()).toBe(before + more.length + dup.length);
  });

  it('takes settle dates within the configured window only, on the fast path and the careful one', async () => {
    const today = businessToday();
    const line = (d: string, i: number) => `${d},${mid(i)},3,300.00,0,0.00,3.00,1.00,0.20`;
    const window = { daysAhead: 1, daysBack: 2 };
    const ok = join(dir, 'window-ok.csv');
    writeFileSync(
      ok,
      `${SETTLEMENT_HEADER}\n${line(addDays(today, 1), 1)}\n${line(addDays(today, -2), 1)}\n`,
    );
    // A clean file: the fast path takes it whole.
    expect(await fastImportSettlements(orm, ok, { settleDateWindow: window })).toMatchObject({ inserted: 2 });
    const bad = join(dir, 'window-bad.csv');
    writeFileSync(
      bad,
      `${SETTLEMENT_HEADER}\n${line(addDays(today, 2), 2)}\n${line(addDays(today, -3), 2)}\n${line(today, 2)}\n`,
    );
    expect(await fastImportSettlements(orm, bad, { settleDateWindow: window })).toBeNull();
    const errors: { row: number; column: string; message: string }[] = [];
    const before = await count();
    const s = await importSettlements(orm, bad, { settleDateWindow: window, onError: (e) => errors.push(e) });
    expect(s).toMatchObject({ rejected: 2, rolledBack: true });
    const range = `${addDays(today, -2)}..${addDays(today, 1)}`;
    // Each by its code and params too, which the web words in the user's language.
    const accepted = { from: addDays(today, -2), to: addDays(today, 1) };
    expect(errors).toEqual([
      {
        row: 2,
        column: 'settle_date',
        code: 'import.settleDateWindow',
        params: { date: addDays(today, 2), ...accepted },
        message: `settle_date ${addDays(today, 2)} is outside the accepted window ${range}`,
      },
      {
        row: 3,
        column: 'settle_date',
        code: 'import.settleDateWindow',
        params: { date: addDays(today, -3), ...accepted },
        message: `settle_date ${addDays(today, -3)} is outside the accepted window ${range}`,
      },
    ]);
    expect(await count()).toBe(before);
  });
});
