import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatYuan } from '@cornerstone/shared/money/money';
import { validateSettlementRow } from '@cornerstone/shared/settlement/settlement-row';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { fastImportSettlements } from '../src/settlement/settlement-fast-import.ts';
import { mid, SETTLEMENT_HEADER, writeMerchantsCsv } from './support/fixtures.ts';
import { settlementRows } from './support/settlement-fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser } from './support/test-server.ts';

// Cells the fast path must never accept when the shared validator rejects them.
const ROWS = [
  `2026-10-01,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300,0,0,3,1,0.2`,
  `2026-10-32,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-02-29,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `10-01-2026,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026/10/01,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},+3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,3e2,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,.5,0,0.00,0.10,0.10,0.10`,
  `2026-10-01,${mid(1)},3,5.,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.001,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,4,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,10.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},0,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,0.00,301.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,0.00,3.00,200.00,200.00`,
  `2026-10-01,${mid(1)},-3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,-300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,NaN,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)}, 3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,0.00,3.00,1.00,`,
  `2026-10-01,12345,3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},99999999999,300.00,0,0.00,3.00,1.00,0.20`,
];

describe('the fast settlement path', () => {
  let db: TestDb;
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'cs-fast-'));

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '铜川分公司');
    await writeMerchantsCsv(join(dir, 'm.csv'), 2, { manager: 'am', branch: '铜川分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it.each(ROWS.map((r, i) => [i, r]))(
    'row %i: accepted only when the shared validator accepts it',
    async (i, line) => {
      const file = join(dir, `row-${i}.csv`);
      writeFileSync(file, `${SETTLEMENT_HEADER}\n${line}\n`);
      const result = await fastImportSettlements(orm, file, {});
      const cells = Object.fromEntries(
        SETTLEMENT_HEADER.split(',').map((c, k) => [c, (line as string).split(',')[k]]),
      );
      const shared = validateSettlementRow(cells);
      if (result) expect(shared.ok, `fast path accepted a row the shared rule rejects: ${line}`).toBe(true);
      else expect(shared.ok && i < 2, `fast path refused the clean row ${line}`).toBe(false);
      // Leave nothing behind for the next row.
      if (result)
        await orm.em.getConnection().execute('delete from settlement; delete from settlement_month');
    },
  );
});

describe('the fast settlement path on a larger file', () => {
  let db: TestDb;
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'cs-fast-big-'));
  const N = 1000;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '铜川分公司');
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am', branch: '铜川分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('reads any column order, CRLF line ends and a last line without one; months interleaved over many blocks land whole', async () => {
    // Two new months, line by line in turn (each month's rows fill more than one 1 MB block), and
    // one month already stored: every row once, the rollup and the points equal to the rows.
    const jan = [...settlementRows(N, '2026-01-01', '2026-01-31')];
    const feb = [...settlementRows(N, '2026-02-01', '2026-02-28')];
    const dec = [...settlementRows(N, '2025-12-30', '2025-12-31')];
    const first = join(dir, 'dec.csv');
    writeFileSync(first, `${SETTLEMENT_HEADER}\n${dec.map((r) => r.line).join('\n')}\n`);
    expect(await fastImportSettlements(orm, first, {})).toMatchObject({ inserted: dec.length });
    const lines: string[] = [];
    for (let i = 0; i < Math.max(jan.length, feb.length); i++) {
      if (jan[i]) lines.push(jan[i]!.line);
      if (feb[i]) lines.push(feb[i]!.line);
    }
    const extra = [...settlementRows(N, '2025-12-01', '2025-12-29')].map((r) => r.line);
    lines.push(...extra);
    // Columns reversed in the header and in every line.
    const header = SETTLEMENT_HEADER.split(',').reverse().join(',');
    const text = [header, ...lines.map((l) => l.split(',').reverse().join(','))].join('\r\n');
    // More than one 1 MiB block per new month (as sent: a 1–4 digit id in place of the 15-digit
    // MID), so the COPY moves between the months mid-file.
    for (const month of [jan, feb])
      expect(month.reduce((n, r) => n + r.line.length - 11, 0)).toBeGreaterThan(1 << 20);
    const file = join(dir, 'big.csv');
    writeFileSync(file, text);
    const result = await fastImportSettlements(orm, file, {});
    expect(result).toMatchObject({ rowsRead: lines.length, inserted: lines.length, rejected: 0 });

    const conn = orm.em.getConnection();
    const [check] = await conn.execute<
      { rows: number; rollup_diff: number; points_diff: number; amount: string }[]
    >(
      `select (select count(*)::int from settlement) as rows,
              (select count(*)::int from (
                 select merchant_id, date_trunc('month', settle_date)::date, sum(txn_count), sum(txn_amount), sum(capped_count),
                        sum(capped_amount), sum(merchant_fee), sum(issuer_fee), sum(network_fee),
                        sum(merchant_fee - issuer_fee - network_fee), count(*)::int, max(settle_date)
                 from settlement group by 1, 2
                 except select merchant_id, month, txn_count, txn_amount, capped_count, capped_amount, merchant_fee,
                        issuer_fee, network_fee, profit, days, last_settle_date from settlement_month) d) as rollup_diff,
              (select count(*)::int from points_account a where a.cum_amount is distinct from
                 (select sum(txn_amount - capped_amount) from settlement s where s.merchant_id = a.merchant_id)
                 or a.balance <> (select coalesce(sum(points), 0) from points_entry e where e.merchant_id = a.merchant_id)) as points_diff,
              (select sum(txn_amount)::text from settlement) as amount`,
    );
    expect(check).toMatchObject({ rows: dec.length + lines.length, rollup_diff: 0, points_diff: 0 });
    const fen = [...dec, ...jan, ...feb].reduce(
      (s, r) => s + BigInt(r.line.split(',')[3]!.replace('.', '')),
      0n,
    );
    const extraFen = extra.reduce((s, l) => s + BigInt(l.split(',')[3]!.replace('.', '')), 0n);
    expect(check!.amount).toBe(formatYuan(fen + extraFen));
    const parts = await conn.execute<{ n: number }[]>(
      `select count(*)::int as n from pg_inherits i join pg_class c on c.oid = i.inhrelid
       where i.inhparent = 'settlement'::regclass and c.relname in ('settlement_202601', 'settlement_202602')`,
    );
    expect(parts[0]!.n).toBe(2);
  });
});
