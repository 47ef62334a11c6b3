import {
  DEFAULT_POINTS_RULES,
  type PointsRule,
  pointsForTotals,
  ruleFor,
} from '@cornerstone/shared/loyalty/points';
import { CATEGORY_CODES, type CategoryCode } from '@cornerstone/shared/merchant/category';
import type { FeePlanKind } from '@cornerstone/shared/merchant/merchant-rules';
import { formatYuan, parseRate, parseYuan } from '@cornerstone/shared/money/money';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { accrualInsertSql } from '../src/loyalty/accrual-sql.ts';
import { accrueFromDelta, requestHash } from '../src/loyalty/loyalty.service.ts';
import { type BulkTx, withBulkTx } from '../src/platform/db/bulk.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Rules once (docs/architecture.md): the accrual computes points in SQL (loyalty/accrual-sql.ts).
// This holds that SQL against the shared `ruleFor` and `pointsForTotals`, and the idempotency key
// and request hash against what the Node accrual wrote, on the same generated merchants and totals:
// every category and fee plan, rates either side of the discount boundary, exact and near caps,
// totals that cross thresholds several times (and fall back), and rule dates either side of a change.

/** A deterministic generator (mulberry32): the same data on every run, on both databases. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { int, pick };
}

const MERCHANTS = 1500;
const RATES = ['0.0038', '0.0068', '0.0069', '0.007', '0.0071', '0.0078', '0.0125', '0.000001', '0.05'];
const CAPS = ['26', '30', '35', '40', '80', '25.99', '26.01', '30.5'];
// Amounts in fen: small, on and next to each threshold, and large ones passing several at once.
const THRESHOLDS = [1_000_000n, 1_500_000n, 2_500_000n, 6_000_000n, 800_000n];

/** A table with a change on 2025-07-01 (a rule ending, another starting) and an id to be quoted. */
const VERSIONED: PointsRule[] = [
  ...DEFAULT_POINTS_RULES.map((r) => (r.id === 'dining-rate' ? { ...r, validTo: '2025-06-30' } : r)),
  {
    id: "dining-2025 'summer'",
    match: { category: 'dining', feePlan: 'rate' },
    amountThreshold: 800_000n,
    cappedCountN: null,
    validFrom: '2025-07-01',
    validTo: null,
  },
  {
    id: 'auto-capped-count-only',
    match: { category: 'auto_realty', feePlan: 'capped' },
    amountThreshold: null,
    cappedCountN: 4,
    validFrom: '2025-07-01',
    validTo: '2025-12-31',
  },
];

interface Merchant {
  id: number;
  category: CategoryCode;
  feePlan: FeePlanKind;
  rate: string;
  cap: string | null;
}

interface Entry {
  merchant_id: number;
  points: string;
  rule_id: string;
  idempotency_key: string;
  request_hash: string;
}

let db: TestDb;
let orm: Orm;
let merchants: Merchant[];

beforeAll(async () => {
  db = await createTestDb();
  orm = await db.open();
  const rnd = random(20);
  const em = orm.em.fork() as EntityManager;
  await em.execute(`insert into branch (name) values ('积分分公司')`);
  await em.execute(
    `insert into app_user (login, display_name, role, password_hash) values ('am-sql', 'am', 'account_manager', 'x')`,
  );
  const rows = Array.from({ length: MERCHANTS }, (_, i) => {
    const feePlan: FeePlanKind = rnd.pick(['rate', 'capped']);
    return {
      mid: String(880000000000000 + i),
      category: CATEGORY_CODES[i % CATEGORY_CODES.length]!,
      feePlan,
      rate: rnd.pick(RATES),
      // A rate plan now and then keeps a cap: the rule still asks for a capped plan.
      cap: feePlan === 'capped' || rnd.int(0, 9) === 0 ? rnd.pick(CAPS) : null,
    };
  });
  const inserted = await em.execute<{ id: number }[]>(
    `insert into merchant (mid, name, mcc, category_code, fee_plan, rate, cap, branch_id, manager_id, onboarded_on)
     select r.mid, 'm' || r.mid, '5311', r.category, r.fee_plan, r.rate, r.cap,
            (select min(id) from branch), (select min(id) from app_user), '2024-01-01'
     from json_to_recordset(?::json) as r(mid text, category text, fee_plan text, rate numeric, cap numeric)
     order by r.mid returning id`,
    [JSON.stringify(rows.map((r) => ({ ...r, fee_plan: r.feePlan })))],
  );
  merchants = rows.map((r, i) => ({ ...r, id: inserted[i]!.id }));
});

afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

function amount(rnd: ReturnType<typeof random>, negative: boolean): bigint {
  const t = rnd.pick(THRESHOLDS);
  const fen = [
    BigInt(rnd.int(0, 600_000)),
    t,
    t - 1n,
    t + 1n,
    t * BigInt(rnd.int(2, 9)) + BigInt(rnd.int(-1, 1)),
  ][rnd.int(0, 4)]!;
  return negative && rnd.int(0, 3) === 0 ? -fen : fen;
}

/** Each merchant's delta for one import, over a random three quarters of the merchants. */
function deltas(seed: number, negative: boolean) {
  const rnd = random(seed);
  return merchants
    .filter(() => rnd.int(0, 3) > 0)
    .map((m) => ({
      m,
      amount: amount(rnd, negative),
      capped: BigInt(rnd.int(0, 3) === 0 ? rnd.int(0, 60) : 0),
    }));
}

async function loadDelta(tx: BulkTx, rows: ReturnType<typeof deltas>) {
  await tx.query(
    'create temp table cs_points_delta (merchant_id int primary key, amount numeric(20,2), capped bigint) on commit drop',
  );
  await tx.copyIn(
    'cs_points_delta',
    ['merchant_id', 'amount', 'capped'],
    rows.map((d) => [String(d.m.id), formatYuan(d.amount), String(d.capped)]),
  );
}

/** What the Node accrual wrote for these deltas on these totals: the shared rules, key and hash. */
async function expected(
  tx: BulkTx,
  rows: ReturnType<typeof deltas>,
  date: string,
  rules: readonly PointsRule[],
) {
  const accounts = await tx.query<{ merchant_id: number; cum_amount: string; cum_capped: string }>(
    'select merchant_id, cum_amount::text, cum_capped::text from points_account',
  );
  const byId = new Map(accounts.map((a) => [a.merchant_id, a]));
  const out: Entry[] = [];
  for (const { m, amount: delta, capped } of rows) {
    const a = byId.get(m.id);
    const prevAmount = a ? parseYuan(a.cum_amount) : 0n;
    const prevCapped = a ? BigInt(a.cum_capped) : 0n;
    const newAmount = prevAmount + delta;
    const newCapped = prevCapped + capped;
    const merchant = {
      category: m.category,
      feePlan: m.feePlan,
      rate: parseRate(m.rate),
      cap: m.cap === null ? null : parseYuan(m.cap),
    };
    const rule = ruleFor(merchant, date, rules);
    const points = rule ? pointsForTotals({ prevAmount, newAmount, prevCapped, newCapped }, rule) : 0n;
    if (points === 0n) continue;
    const body = {
      merchant: m.id,
      points: String(points),
      prevAmount: String(prevAmount),
      newAmount: String(newAmount),
      prevCapped: String(prevCapped),
      newCapped: String(newCapped),
    };
    out.push({
      merchant_id: m.id,
      points: String(points),
      rule_id: rule!.id,
      idempotency_key: `accrual:${m.id}:${formatYuan(newAmount)}:${newCapped}`,
      request_hash: requestHash(body),
    });
  }
  return out.sort((x, y) => x.merchant_id - y.merchant_id);
}

/** Counts the statements `fn` sends: the accrual's count must not grow with the merchants. */
function counting(tx: BulkTx) {
  const counter = { n: 0 };
  const wrapped: BulkTx = {
    ...tx,
    query: (sql, params) => {
      counter.n++;
      return tx.query(sql, params);
    },
  };
  return { tx: wrapped, counter };
}

describe('points accrual in SQL', () => {
  it('posts, import after import, exactly the entries of the shared rules, in five statements', async () => {
    const dates = ['2025-06-30', '2025-07-01', '2025-06-30', '2026-01-01'];
    let posted = 0;
    let several = 0;
    for (const [round, date] of dates.entries()) {
      const rules = round % 2 === 0 ? DEFAULT_POINTS_RULES : VERSIONED;
      const rows = deltas(100 + round, false);
      const source = `sql-accrual-${round}`;
      const result = await withBulkTx(orm, async (tx) => {
        await loadDelta(tx, rows);
        const want = await expected(tx, rows, date, rules);
        const c = counting(tx);
        const r = await accrueFromDelta(c.tx, date, source, rules);
        expect(c.counter.n).toBe(5);
        const got = await tx.query<Entry>(
          `select merchant_id, points::text, rule_id, idempotency_key, request_hash from points_entry
           where source = $1 order by merchant_id`,
          [source],
        );
        expect(got).toEqual(want);
        several += want.filter((e) => BigInt(e.points) >= 2n).length;
        expect(r.entries).toBe(want.length);
        expect(r.points).toBe(want.reduce((s, e) => s + BigInt(e.points), 0n));
        return r;
      });
      posted += result.entries;
    }
    // Enough work to mean something: thresholds crossed, both rule tables used, every rule hit.
    expect(posted).toBeGreaterThan(1000);
    expect(several).toBeGreaterThan(100);
    const [hit] = await (orm.em.fork() as EntityManager).execute<{ rules: number }[]>(
      'select count(distinct rule_id)::int as rules from points_entry',
    );
    expect(hit!.rules).toBe(DEFAULT_POINTS_RULES.length + 2);
  });

  it('computes the same entries as the shared rules when totals fall, on every date either side of a change', async () => {
    for (const [round, date] of [
      '1999-12-31',
      '2000-01-01',
      '2025-06-30',
      '2025-07-01',
      '2025-12-31',
    ].entries()) {
      const rows = deltas(200 + round, true);
      await withBulkTx(orm, async (tx) => {
        await loadDelta(tx, rows);
        const want = await expected(tx, rows, date, VERSIONED);
        await tx.query(
          `create temp table cs_accrual (merchant_id int primary key, points bigint not null, rule_id text not null,
             idempotency_key text not null, request_hash text not null) on commit drop`,
        );
        await tx.query(accrualInsertSql(VERSIONED), [date]);
        const got = await tx.query<Entry>(
          'select merchant_id, points::text, rule_id, idempotency_key, request_hash from cs_accrual order by merchant_id',
        );
        expect(got).toEqual(want);
        if (date !== '1999-12-31') expect(want.some((e) => e.points.startsWith('-'))).toBe(true);
        else expect(want).toEqual([]);
      });
    }
  });

  it('refuses a rule table whose threshold is not positive, as pointsBetween does', () => {
    const bad = { ...DEFAULT_POINTS_RULES[0]!, amountThreshold: 0n };
    expect(() => accrualInsertSql([bad])).toThrow(RangeError);
  });
});
