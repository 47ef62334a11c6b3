import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PointsMerchant, pointsForTotals, ruleFor } from '@cornerstone/shared/loyalty/points';
import { type Fen, formatRate, formatYuan } from '@cornerstone/shared/money/money';
import { addDays } from '@cornerstone/shared/period/period';
import { nonCappedAmount } from '@cornerstone/shared/settlement/fee';
import type { SettlementRow } from '@cornerstone/shared/settlement/settlement-row';
import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { addUser } from '../src/identity/users.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { MERCHANT_HEADER, mid, SETTLEMENT_HEADER, writeLines } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Rules once (docs/architecture.md): points earned (docs/domain.md §5) are shared `pointsForTotals` of the cumulative
// totals. The server's accrual (the settlement import → loyalty/loyalty.service.ts) keeps those totals
// in SQL, import after import; this test feeds the same settlement rows to it and to the shared
// function, and requires the same entries, keyed by the same totals.

/** One merchant of each row of the default earning table, a boundary, and one that earns nothing. */
const PLANS: (PointsMerchant & { mcc: string })[] = [
  { mcc: '5812', category: 'dining', feePlan: 'rate', rate: 12_500n, cap: null }, // ¥10,000
  { mcc: '5311', category: 'general', feePlan: 'rate', rate: 7_800n, cap: null }, // discount 0: ¥10,000
  { mcc: '5311', category: 'general', feePlan: 'rate', rate: 7_000n, cap: null }, // discount exactly 0.08%: ¥15,000
  { mcc: '5311', category: 'general', feePlan: 'rate', rate: 6_800n, cap: null }, // ¥15,000
  { mcc: '5411', category: 'livelihood', feePlan: 'rate', rate: 3_800n, cap: null }, // ¥60,000
  { mcc: '5045', category: 'wholesale', feePlan: 'capped', rate: 7_800n, cap: 2_600n }, // ¥25,000 or 15 capped
  { mcc: '5311', category: 'general', feePlan: 'capped', rate: 7_800n, cap: 3_000n }, // ¥25,000 or 7
  { mcc: '5311', category: 'general', feePlan: 'capped', rate: 7_800n, cap: 3_500n }, // ¥25,000 or 5
  { mcc: '5311', category: 'general', feePlan: 'capped', rate: 7_800n, cap: 4_000n }, // ¥25,000 or 3
  { mcc: '5511', category: 'auto_realty', feePlan: 'capped', rate: 12_500n, cap: 8_000n }, // no rule: none
];
const BLOCK = PLANS.length;
const RUNS = 6;
const planOf = (i: number) => PLANS[(i - 1) % BLOCK]!;

const merchantLine = (i: number) => {
  const p = planOf(i);
  const cap = p.cap === null ? '' : formatYuan(p.cap);
  return `${mid(i)},积分商户${i},${p.mcc},${p.category},${p.feePlan},${formatRate(p.rate)},${cap},榆林分公司,am,2024-03-15,联系人,13900000000`;
};

/** A day's row carrying `amount` of non-capped amount and `capped` capped transactions (¥5,000 each). */
function day(date: string, i: number, amount: Fen, capped: number): SettlementRow {
  const cappedAmount = BigInt(capped) * 500_000n;
  const txnAmount = amount + cappedAmount;
  const txnCount = capped + (amount > 0n ? 1 : 0);
  const fee = (f: Fen) => (txnAmount >= f ? f : 0n);
  return {
    settleDate: date,
    mid: mid(i),
    txnCount,
    txnAmount,
    cappedCount: capped,
    cappedAmount,
    merchantFee: fee(100n),
    issuerFee: fee(50n),
    networkFee: fee(10n),
  };
}

const line = (r: SettlementRow, quoted: boolean) =>
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

// Amounts on and next to every threshold of the table, and large ones that pass several at once.
const amountArb = fc.oneof(
  fc.constantFrom(
    0n,
    600_000n,
    999_999n,
    1_000_000n,
    1_000_001n,
    1_500_000n,
    2_500_000n,
    5_999_999n,
    6_000_000n,
  ),
  fc.bigInt({ min: 0n, max: 20_000_000n }),
);
const dayArb = fc.record({
  amount: amountArb,
  capped: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 16 })),
});
// A run: up to four imports; in each, up to three days per merchant of a block.
const runArb = fc.array(
  fc.record({
    days: fc.array(fc.array(dayArb, { maxLength: 3 }), { minLength: BLOCK, maxLength: BLOCK }),
    careful: fc.boolean(),
  }),
  { minLength: 1, maxLength: 4 },
);

interface Entry {
  points: bigint;
  rule: string;
  key: string;
}

describe('rules once: points for totals (pointsForTotals = the accrual on import)', () => {
  let db: TestDb;
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'cs-rules-points-'));
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];
  const ids = new Map<string, number>();
  let files = 0;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await addUser(orm.em.fork() as EntityManager, {
      login: 'am',
      role: 'account_manager',
      branch: '榆林分公司',
      password: 'test-password-1',
    });
    const n = BLOCK * (RUNS + 1);
    await writeLines(
      join(dir, 'm.csv'),
      MERCHANT_HEADER,
      Array.from({ length: n }, (_, j) => merchantLine(j + 1)),
    );
    expect((await importMerchants(orm, join(dir, 'm.csv'))).rejected).toBe(0);
    for (const m of await sql<{ id: number; mid: string }>('select id, mid from merchant'))
      ids.set(m.mid, m.id);
  }, 120_000);

  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  /** Imports rows as one file; the careful path when `careful` (a quoted cell), else the fast one. */
  const importRows = async (rows: SettlementRow[], careful: boolean) => {
    const path = join(dir, `s${++files}.csv`);
    await writeLines(
      path,
      SETTLEMENT_HEADER,
      rows.map((r, j) => line(r, careful && j === 0)),
    );
    const s = await importSettlements(orm, path);
    expect(s.rejected).toBe(0);
    return path;
  };

  /** The accrual entries of merchants, oldest first. */
  const entriesOf = async (mids: string[]) => {
    const rows = await sql<{ mid: string; points: string; rule_id: string; idempotency_key: string }>(
      `select m.mid, e.points::text, e.rule_id, e.idempotency_key from points_entry e join merchant m on m.id = e.merchant_id
       where e.kind = 'accrual' and m.mid = any(?::text[]) order by e.id`,
      [`{${mids.join(',')}}`],
    );
    const out = new Map<string, Entry[]>(mids.map((m) => [m, []]));
    for (const r of rows)
      out.get(r.mid)!.push({ points: BigInt(r.points), rule: r.rule_id, key: r.idempotency_key });
    return out;
  };

  /**
   * What the shared rule posts for `imports` (each a file's rows) of one merchant: after each file,
   * the points for the move of its cumulative totals, keyed by the totals reached.
   */
  const expected = (i: number, imports: SettlementRow[][]) => {
    const out: Entry[] = [];
    let amount = 0n;
    let capped = 0n;
    for (const rows of imports) {
      const mine = rows.filter((r) => r.mid === mid(i));
      if (mine.length === 0) continue;
      const prev = { prevAmount: amount, prevCapped: capped };
      for (const r of mine) {
        amount += nonCappedAmount(r);
        capped += BigInt(r.cappedCount);
      }
      // The rule in force on the file's last settle date.
      const through = rows
        .map((r) => r.settleDate)
        .sort()
        .at(-1)!;
      const rule = ruleFor(planOf(i), through);
      const points = rule ? pointsForTotals({ ...prev, newAmount: amount, newCapped: capped }, rule) : 0n;
      if (points !== 0n)
        out.push({
          points,
          rule: rule!.id,
          key: `accrual:${ids.get(mid(i))}:${formatYuan(amount)}:${capped}`,
        });
    }
    return out;
  };

  it('posts, import after import, the points pointsForTotals gives for the cumulative totals', async () => {
    let run = 0;
    let posted = 0;
    await fc.assert(
      fc.asyncProperty(runArb, async (imports) => {
        // Each run has a block of merchants of its own (one of each plan).
        const first = ++run * BLOCK + 1;
        const files: SettlementRow[][] = [];
        let date = '2026-03-01';
        let last = '';
        for (const f of imports) {
          const rows: SettlementRow[] = [];
          for (const [j, days] of f.days.entries()) {
            // A rate plan has no capped transactions.
            const rate = planOf(first + j).feePlan === 'rate';
            for (const [k, d] of days.entries())
              rows.push(day(addDays(date, k), first + j, d.amount, rate ? 0 : d.capped));
          }
          date = addDays(date, 3);
          if (rows.length === 0) continue;
          files.push(rows);
          last = await importRows(rows, f.careful);
        }
        const mids = Array.from({ length: BLOCK }, (_, j) => mid(first + j));
        const want = new Map(mids.map((m, j) => [m, expected(first + j, files)]));
        const got = await entriesOf(mids);
        expect(got).toEqual(want);
        posted += [...want.values()].flat().length;
        // Remainders carry (docs/domain.md §5): the ledger holds what the whole total earns at once.
        mids.forEach((m, j) => {
          const rule = ruleFor(planOf(first + j), date);
          const mine = files.flat().filter((r) => r.mid === m);
          const whole = {
            prevAmount: 0n,
            newAmount: mine.reduce((s, r) => s + nonCappedAmount(r), 0n),
            prevCapped: 0,
            newCapped: mine.reduce((s, r) => s + r.cappedCount, 0),
          };
          const sum = got.get(m)!.reduce((s, e) => s + e.points, 0n);
          expect(sum, m).toBe(rule ? pointsForTotals(whole, rule) : 0n);
        });
        // A file imported again posts nothing twice.
        if (last) await importSettlements(orm, last);
        expect(await entriesOf(mids)).toEqual(want);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(posted).toBeGreaterThan(RUNS);
  });

  it('posts the points docs/domain.md §5 names, whatever splits the totals', async () => {
    // The first block: one merchant of each plan, in PLANS order.
    const at = (k: number) => k + 1;
    const balance = async (k: number) => {
      const [b] = await sql<{ balance: string }>(
        'select balance::text from points_account where merchant_id = ?',
        [ids.get(mid(at(k)))],
      );
      return Number(b?.balance ?? 0);
    };
    // Two days of ¥6,000 at ¥10,000: 0 points, then 1 (remainders carry).
    await importRows([day('2026-02-01', at(0), 600_000n, 0)], false);
    expect(await balance(0)).toBe(0);
    await importRows([day('2026-02-02', at(0), 600_000n, 0)], true);
    expect(await balance(0)).toBe(1);
    // ¥35,000 in one day at ¥10,000 passes three thresholds.
    await importRows([day('2026-02-03', at(1), 3_500_000n, 0)], false);
    expect(await balance(1)).toBe(3);
    // 一般类 with a discount of exactly 0.08%: ¥15,000, so ¥14,999.99 earns nothing and a fen more earns 1.
    await importRows([day('2026-02-04', at(2), 1_499_999n, 0)], false);
    expect(await balance(2)).toBe(0);
    await importRows([day('2026-02-05', at(2), 1n, 0)], false);
    expect(await balance(2)).toBe(1);
    // 民生类: ¥60,000.
    await importRows([day('2026-02-06', at(4), 5_999_999n, 0)], false);
    expect(await balance(4)).toBe(0);
    // Capped ¥26: 15 capped transactions a point, 16 then 14 make 2; ¥25,000 non-capped makes a third.
    await importRows([day('2026-02-07', at(5), 0n, 16)], false);
    await importRows([day('2026-02-08', at(5), 2_500_000n, 14)], true);
    expect(await balance(5)).toBe(3);
    // Capped ¥40: the higher cap earns in fewer transactions — 3 a point.
    await importRows([day('2026-02-09', at(8), 0n, 7)], false);
    expect(await balance(8)).toBe(2);
    // 车房类 capped ¥80: no row of the table, no points.
    await importRows([day('2026-02-10', at(9), 20_000_000n, 16)], false);
    expect(await balance(9)).toBe(0);
  });
});
