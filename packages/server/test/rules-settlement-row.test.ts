import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Fen, formatYuan, parseRate, parseYuan } from '@cornerstone/shared/money/money';
import { parsePeriod } from '@cornerstone/shared/period/period';
import {
  type CardKind,
  type FeePlan,
  isCappedTransaction,
  issuerFee,
  networkFee,
  nonCappedAmount,
  rowProfit,
  transactionFee,
} from '@cornerstone/shared/settlement/fee';
import type { SettlementRow } from '@cornerstone/shared/settlement/settlement-row';
import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { summaries } from '../src/clv/bgnbd-scores.ts';
import { addUser } from '../src/identity/users.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { periodTotalsSql, profitByMerchant } from '../src/settlement/profit.service.ts';
import { nonCappedAmountSql, rowProfitSql } from '../src/settlement/row-rules.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Rules once (docs/architecture.md): the row rules of shared settlement/fee — profit and non-capped amount — have
// one SQL copy (settlement/row-rules.ts). These tests feed the same rows to that SQL, to the imports
// and reads that use it, and to the shared functions, and require equal answers.

const N = 12;
// Month ends and a leap day on both sides of the monthly rollup's boundaries.
const DAYS = [
  '2024-01-30',
  '2024-01-31',
  '2024-02-01',
  '2024-02-28',
  '2024-02-29',
  '2024-03-01',
  '2024-03-31',
];
const LATER_DAYS = ['2024-01-15', '2024-02-15', '2024-03-15', '2024-04-01'];

/** One day of a merchant's transactions, settled as the acquirer's file would carry it. */
function settle(
  date: string,
  i: number,
  plan: FeePlan,
  txns: { amount: Fen; card: CardKind }[],
): SettlementRow {
  const row: SettlementRow = {
    settleDate: date,
    mid: mid(i),
    txnCount: txns.length,
    txnAmount: 0n,
    cappedCount: 0,
    cappedAmount: 0n,
    merchantFee: 0n,
    issuerFee: 0n,
    networkFee: 0n,
  };
  for (const t of txns) {
    row.txnAmount += t.amount;
    row.merchantFee += transactionFee(t.amount, plan);
    row.issuerFee += issuerFee(t.amount, t.card);
    row.networkFee += networkFee(t.amount);
    if (isCappedTransaction(t.amount, plan)) {
      row.cappedCount++;
      row.cappedAmount += t.amount;
    }
  }
  return row;
}

const line = (r: SettlementRow, quoted = false) =>
  [
    quoted ? `"${r.settleDate}"` : r.settleDate,
    r.mid,
    r.txnCount,
    formatYuan(r.txnAmount),
    r.cappedCount,
    formatYuan(r.cappedAmount),
    formatYuan(r.merchantFee),
    formatYuan(r.issuerFee),
    formatYuan(r.networkFee),
  ].join(',');

// Transactions from ¥1 to ¥50,000: a ¥26 cap at 0.78% is crossed from ¥3,333.33, ¥80 at 1.25% from ¥6,400.
const txnArb = fc.record({
  amount: fc.oneof(fc.bigInt({ min: 100n, max: 500_000n }), fc.bigInt({ min: 300_000n, max: 5_000_000n })),
  card: fc.constantFrom<CardKind>('debit', 'credit'),
});
const feeArb = fc.bigInt({ min: 0n, max: 100_000_000_000n });

describe('rules once: the settlement row rules', () => {
  let db: TestDb;
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'cs-rules-row-'));
  const rows: SettlementRow[] = [];
  const em = () => orm.em.fork() as EntityManager;
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];
  const ids = new Map<string, number>();

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await addUser(em(), {
      login: 'am',
      role: 'account_manager',
      branch: '宝鸡分公司',
      password: 'test-password-1',
    });
    // The fixtures' five plans in turn: dining 1.25%, livelihood 0.38%, general 0.78%, wholesale
    // 0.78% capped ¥26, car & real estate 1.25% capped ¥80.
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am', branch: '宝鸡分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
    const plans = new Map<string, FeePlan>();
    for (const m of await sql<{
      id: number;
      mid: string;
      fee_plan: string;
      rate: string;
      cap: string | null;
    }>('select id, mid, fee_plan, rate::text, cap::text from merchant')) {
      ids.set(m.mid, m.id);
      const rate = parseRate(m.rate);
      plans.set(
        m.mid,
        m.cap === null ? { kind: 'rate', rate } : { kind: 'capped', rate, cap: parseYuan(m.cap) },
      );
    }
    // Generated transactions per merchant and day; a day may have none (a zero row) and merchant 2
    // (livelihood 0.38%) loses money on credit cards (issuer fee 0.45%).
    const [txns] = fc.sample(
      fc.array(fc.array(txnArb, { maxLength: 6 }), { minLength: 200, maxLength: 200 }),
      {
        seed: 20261206,
        numRuns: 1,
      },
    );
    let k = 0;
    const day = (d: string, i: number) => settle(d, i, plans.get(mid(i))!, txns![k++ % txns!.length]!);
    const fileA: SettlementRow[] = [];
    const fileB: SettlementRow[] = [];
    const fileC: SettlementRow[] = [];
    const fileD: SettlementRow[] = [];
    for (let i = 1; i <= N; i++) {
      const odd = i % 2 === 1;
      for (const d of DAYS) (odd ? fileA : fileC).push(day(d, i));
      for (const d of LATER_DAYS) (odd ? fileB : fileD).push(day(d, i));
    }
    // A day whose fees cancel exactly: profit 0.
    fileD.push({
      settleDate: '2024-04-02',
      mid: mid(2),
      txnCount: 1,
      txnAmount: 100_000n,
      cappedCount: 0,
      cappedAmount: 0n,
      merchantFee: 1_000n,
      issuerFee: 700n,
      networkFee: 300n,
    });
    rows.push(...fileA, ...fileB, ...fileC, ...fileD);
    expect(rows.some((r) => rowProfit(r) < 0n)).toBe(true);
    // Capped plans crossed their cap on some transactions of a day and not on others.
    expect(rows.some((r) => r.cappedAmount > 0n && r.cappedAmount < r.txnAmount)).toBe(true);
    // A and B are plain, so the fast path takes them: A's months are new (rollup written from the
    // sums Node kept), B adds to months already stored. C and D each quote a cell, so the careful
    // path takes them: C inserts rollup rows, D adds to them.
    const write = async (name: string, rs: SettlementRow[], quoted: boolean) => {
      await writeLines(
        join(dir, name),
        SETTLEMENT_HEADER,
        rs.map((r, j) => line(r, quoted && j === 0)),
      );
      const s = await importSettlements(orm, join(dir, name));
      expect(s).toMatchObject({ rejected: 0, inserted: rs.length });
    };
    await write('a.csv', fileA, false);
    await write('b.csv', fileB, false);
    await write('c.csv', fileC, true);
    await write('d.csv', fileD, true);
  }, 120_000);

  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  const sumOf = <T>(rs: readonly T[], f: (r: T) => Fen) => rs.reduce((s, r) => s + f(r), 0n);
  const within = (from: string, to: string) => rows.filter((r) => r.settleDate >= from && r.settleDate <= to);
  /** Per MID, over rows: the sum of `f`. */
  const perMid = (rs: SettlementRow[], f: (r: SettlementRow) => Fen) => {
    const out = new Map<string, Fen>();
    for (const r of rs) out.set(r.mid, (out.get(r.mid) ?? 0n) + f(r));
    return out;
  };
  const text = (m: Map<string, Fen>) =>
    new Map([...m].map(([k, v]) => [ids.get(k)!, formatYuan(v)] as [number, string]));
  /** Evaluates `expr` over rows given as columns of numeric(14,2)/(16,2), one result per row. */
  const evaluate = async (expr: string, cols: Record<string, Fen[]>, type = 'numeric(16,2)') => {
    const names = Object.keys(cols);
    const out = await sql<{ v: string }>(
      `select (${expr})::text as v from unnest(${names.map(() => `?::${type}[]`).join(', ')}) with ordinality
         as t(${names.join(', ')}, i) order by i`,
      names.map((n) => `{${cols[n]!.map(formatYuan).join(',')}}`),
    );
    return out.map((r) => parseYuan(r.v));
  };

  describe('row profit (rowProfit = rowProfitSql)', () => {
    it('computes rowProfit of generated rows, and of their sums', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ merchantFee: feeArb, issuerFee: feeArb, networkFee: feeArb }), {
            minLength: 1,
            maxLength: 40,
          }),
          async (generated) => {
            // Zero and negative profit always among them (generated values are never changed in place).
            const rs = [
              ...generated,
              { merchantFee: 0n, issuerFee: 0n, networkFee: 0n },
              { merchantFee: 5n, issuerFee: 4n, networkFee: 2n },
            ];
            expect(await evaluate(rowProfitSql('t'), feeColumns(rs), 'numeric(14,2)')).toEqual(
              rs.map(rowProfit),
            );
            // The rollup applies it to sums of rows.
            const total = {
              merchantFee: sumOf(rs, (r) => r.merchantFee),
              issuerFee: sumOf(rs, (r) => r.issuerFee),
              networkFee: sumOf(rs, (r) => r.networkFee),
            };
            expect(await evaluate(rowProfitSql(), feeColumns([total]))).toEqual([rowProfit(total)]);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('stores each month of both import paths with the rowProfit of its rows', async () => {
      const stored = await sql<{ mid: string; month: string; profit: string }>(
        `select m.mid, to_char(s.month, 'YYYY-MM') as month, s.profit::text from settlement_month s
         join merchant m on m.id = s.merchant_id`,
      );
      const want = new Map<string, Fen>();
      for (const r of rows) {
        const key = `${r.mid} ${r.settleDate.slice(0, 7)}`;
        want.set(key, (want.get(key) ?? 0n) + rowProfit(r));
      }
      expect(new Map(stored.map((s) => [`${s.mid} ${s.month}`, parseYuan(s.profit)]))).toEqual(want);
    });

    it('reads profit over periods that cut months at their ends as the rowProfit of the rows within', async () => {
      const all = [...ids.values()];
      for (const p of [
        '2024-01-31..2024-03-01',
        '2024-02',
        '2024-02-29..2024-02-29',
        '2024-Q1',
        '2024-01-15..2024-04-01',
      ]) {
        const period = parsePeriod(p);
        const rs = within(period.start, period.end);
        expect(await profitByMerchant(em(), period, all), p).toEqual(text(perMid(rs, rowProfit)));
        const totals = periodTotalsSql(period);
        const got = await sql<{ merchant_id: number; profit: string }>(
          `select merchant_id, profit::numeric(18,2)::text as profit from (${totals.sql}) t`,
          totals.params,
        );
        expect(new Map(got.map((g) => [g.merchant_id, g.profit])), p).toEqual(text(perMid(rs, rowProfit)));
      }
    });

    it("gives the lifetime-value model each merchant's mean repeat-day profit from rowProfit", async () => {
      const asOf = '2024-04-30';
      const got = await summaries(em(), asOf);
      const want = new Map<number, number>();
      for (const [m, id] of ids) {
        const days = rows
          .filter((r) => r.mid === m && r.txnCount > 0 && r.settleDate <= asOf)
          .sort((a, b) => (a.settleDate < b.settleDate ? -1 : 1));
        if (days.length === 0) continue;
        const total = sumOf(days, rowProfit);
        const x = days.length - 1;
        // The service works in yuan floats from the SQL's text: the same arithmetic on the same text.
        want.set(id, x > 0 ? (Number(formatYuan(total)) - Number(formatYuan(rowProfit(days[0]!)))) / x : 0);
      }
      expect(new Map(got.map((s) => [s.merchantId, s.m]))).toEqual(want);
    });
  });

  describe('non-capped amount (nonCappedAmount = nonCappedAmountSql)', () => {
    it('computes nonCappedAmount of generated rows', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            // Any share of the amount capped, none and all included.
            fc
              .tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 100 }))
              .map(([txnAmount, pct]) => ({ txnAmount, cappedAmount: (txnAmount * BigInt(pct)) / 100n })),
            { minLength: 1, maxLength: 40 },
          ),
          async (generated) => {
            // Nothing capped, and everything capped.
            const rs = [
              ...generated,
              { txnAmount: 1_234_56n, cappedAmount: 0n },
              { txnAmount: 9_000_00n, cappedAmount: 9_000_00n },
            ];
            const cols = {
              txn_amount: rs.map((r) => r.txnAmount),
              capped_amount: rs.map((r) => r.cappedAmount),
            };
            expect(await evaluate(nonCappedAmountSql('t'), cols)).toEqual(rs.map(nonCappedAmount));
          },
        ),
        { numRuns: 25 },
      );
    });

    it('counts for points the nonCappedAmount of every row both import paths stored, and its capped count', async () => {
      const got = await sql<{ mid: string; cum_amount: string; cum_capped: string }>(
        `select m.mid, a.cum_amount::text, a.cum_capped::text from points_account a join merchant m on m.id = a.merchant_id`,
      );
      expect(new Map(got.map((g) => [g.mid, [parseYuan(g.cum_amount), BigInt(g.cum_capped)]]))).toEqual(
        new Map(
          [...perMid(rows, nonCappedAmount)].map(([m, amount]) => [
            m,
            [
              amount,
              sumOf(
                rows.filter((r) => r.mid === m),
                (r) => BigInt(r.cappedCount),
              ),
            ],
          ]),
        ),
      );
    });
  });
});

/** Fee parts as the columns `evaluate` reads. */
function feeColumns(rs: readonly { merchantFee: Fen; issuerFee: Fen; networkFee: Fen }[]) {
  return {
    merchant_fee: rs.map((r) => r.merchantFee),
    issuer_fee: rs.map((r) => r.issuerFee),
    network_fee: rs.map((r) => r.networkFee),
  };
}
