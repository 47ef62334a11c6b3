import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POINTS_RULES } from '@cornerstone/shared/loyalty/points';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { loadPointsRules } from '../src/loyalty/points-rules.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

// The points table as data (issue 24): seeded with the shared default table, read by the accrual of
// every import, changed by administrators from a date on — never for points already posted.

const ROW_FIELDS = `code category feePlan cap discountBelow discountAtLeast amountThreshold cappedCountN validFrom validTo`;
const SAVE = `mutation($from: Date!, $rules: [PointsRuleInput!]!) {
  savePointsRules(effectiveFrom: $from, rules: $rules) { effectiveFrom rows } }`;

interface Row {
  code: string;
  category: string | null;
  feePlan: string;
  cap: string | null;
  discountBelow: string | null;
  discountAtLeast: string | null;
  amountThreshold: string | null;
  cappedCountN: number | null;
  validFrom: string;
  validTo: string | null;
}

// Merchant 5 is 餐娱类 on a rate plan (fixtures): 1 point per cumulative ¥10,000 by default.
const day = (d: string, i: number, amount: string) => `${d},${mid(i)},1,${amount},0,0.00,10.00,2.00,1.00`;

describe('the points table', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let admin: string;
  let manager: string;
  const today = businessToday();
  const yesterday = addDays(today, -1);
  const dir = mkdtempSync(join(tmpdir(), 'cs-points-rules-'));
  const file = (name: string, lines: string[]) => {
    const p = join(dir, name);
    writeFileSync(p, `${SETTLEMENT_HEADER}\n${lines.join('\n')}\n`);
    return p;
  };
  const sql = <T>(q: string) => orm.em.fork().getConnection().execute<T>(q);
  const stored = () => sql<Record<string, unknown>[]>('select * from points_rule order by id');
  const inForce = async (on: string | null, token = admin) => {
    const r = await server.gql<{ pointsRules: { totalCount: number; edges: { node: Row }[] } }>(
      `query($on: Date) { pointsRules(on: $on, first: 100) { totalCount edges { node { ${ROW_FIELDS} } } } }`,
      { on },
      token,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.pointsRules;
  };
  const balance = async (i: number) => {
    const r = await server.gql<{ merchant: { points: { balance: number } } }>(
      `query { merchant(mid: "${mid(i)}") { points { balance } } }`,
      {},
      admin,
    );
    return r.data!.merchant.points.balance;
  };
  /** The rows in force as inputs again: what the settings page sends back, edited. */
  const asInput = (rows: Row[]) =>
    rows.map(({ validFrom: _f, validTo: _t, ...r }) => r) as Omit<Row, 'validFrom' | 'validTo'>[];

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'am', 'account_manager', '延安分公司');
    await writeMerchantsCsv(join(dir, 'm.csv'), 10, { manager: 'am', branch: '延安分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
    server = await startServer(orm);
    admin = await server.login('admin');
    manager = await server.login('am');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('starts as the shared default table, in DOMAIN.md’s words, for every signed-in user', async () => {
    expect(await loadPointsRules(<R>(q: string) => sql<R[]>(q))).toEqual(DEFAULT_POINTS_RULES);
    const table = await inForce(today, manager);
    expect(table.totalCount).toBe(8);
    expect(table.edges[0]!.node).toEqual({
      code: 'dining-rate',
      category: 'dining',
      feePlan: 'rate',
      cap: null,
      discountBelow: null,
      discountAtLeast: null,
      amountThreshold: '10000.00',
      cappedCountN: null,
      validFrom: '2000-01-01',
      validTo: null,
    });
    expect(
      table.edges.map((e) => [e.node.code, e.node.cap, e.node.amountThreshold, e.node.cappedCountN]),
    ).toContainEqual(['capped-30', '30.00', '25000.00', 7]);
    expect(table.edges[1]!.node.discountBelow).toBe('0.0008');
  });

  it('refuses bad rows under their fields and writes nothing', async () => {
    const before = await stored();
    const rows = asInput((await inForce(today)).edges.map((e) => e.node));
    const bad = rows.map((r, i) => (i === 0 ? { ...r, amountThreshold: '0.00' } : r));
    bad[3] = { ...bad[3]!, cappedCountN: 0 };
    bad[7] = { ...bad[7]!, category: 'luxury' };
    bad.push({ ...rows[1]!, code: 'general-more', discountBelow: '0.0010' });
    const r = await server.gql(SAVE, { from: today, rules: bad }, admin);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0]!.extensions!.fields as { field: string; code: string; params?: object }[];
    expect(fields.map((f) => [f.field, f.code])).toEqual([
      ['rules.0.amountThreshold', 'pointsRule.amountPositive'],
      ['rules.3.cappedCountN', 'pointsRule.countWhole'],
      ['rules.7.category', 'pointsRule.categoryUnknown'],
      ['rules.8.feePlan', 'pointsRule.overlap'],
    ]);
    // The overlap names the row it meets.
    expect(fields[3]!.params).toEqual({ row: 2, code: 'general-rate-small-discount' });
    const past = await server.gql(SAVE, { from: yesterday, rules: rows }, admin);
    expect(past.errors?.[0]?.extensions?.field).toBe('effectiveFrom');
    const notRate = await server.gql(
      SAVE,
      { from: today, rules: [{ ...rows[1]!, discountBelow: '8%' }] },
      admin,
    );
    expect(notRate.errors?.[0]?.extensions?.field).toBe('rules.0.discountBelow');
    expect(await stored()).toEqual(before);
  });

  it('lets only administrators change it, and audits every attempt', async () => {
    const before = await stored();
    const rows = asInput((await inForce(today)).edges.map((e) => e.node));
    const r = await server.gql(SAVE, { from: today, rules: rows }, manager);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
    const audit = await sql<{ actor: string; outcome: string }[]>(
      `select actor, outcome from audit_log where action = 'mutation:savePointsRules' order by id`,
    );
    expect(audit.map((a: { outcome: string }) => a.outcome)).toEqual(['error', 'error', 'error', 'denied']);
  });

  it('applies a changed threshold from its date on, and never recomputes points already posted', async () => {
    // Yesterday, at ¥10,000: ¥12,000 earns 1 point (at ¥5,000 it would have been 2).
    await importSettlements(orm, file('before.csv', [day(yesterday, 5, '12000.00')]));
    expect(await balance(5)).toBe(1);
    const rows = asInput((await inForce(today)).edges.map((e) => e.node));
    const halved = rows.map((r) => (r.code === 'dining-rate' ? { ...r, amountThreshold: '5000.00' } : r));
    const saved = await server.gql<{ savePointsRules: { effectiveFrom: string; rows: number } }>(
      SAVE,
      { from: today, rules: halved },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.savePointsRules).toEqual({ effectiveFrom: today, rows: 8 });
    expect(await balance(5)).toBe(1);
    // Today, at ¥5,000: ¥12,000 → ¥15,000 passes one more multiple of ¥5,000 (none of ¥10,000).
    await importSettlements(orm, file('after.csv', [day(today, 5, '3000.00')]));
    expect(await balance(5)).toBe(2);
    const entries = await sql<{ points: string; rule_id: string }[]>(
      `select e.points::text, e.rule_id from points_entry e join merchant m on m.id = e.merchant_id
       where m.mid = '${mid(5)}' order by e.id`,
    );
    expect(entries).toEqual([
      { points: '1', rule_id: 'dining-rate' },
      { points: '1', rule_id: 'dining-rate' },
    ]);
    // The history keeps both versions: the old one ended yesterday.
    const all = await inForce(null);
    expect(all.totalCount).toBe(16);
    expect(all.edges[0]!.node).toMatchObject({
      code: 'dining-rate',
      amountThreshold: '5000.00',
      validFrom: today,
    });
    expect(all.edges.find((e) => e.node.validFrom === '2000-01-01')!.node.validTo).toBe(yesterday);
    expect((await inForce(yesterday)).edges[0]!.node.amountThreshold).toBe('10000.00');
    const audit = await sql<{ outcome: string }[]>(
      `select outcome from audit_log where action = 'mutation:savePointsRules' and actor = 'admin' and outcome = 'ok'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('replaces a version saved for the same day instead of stacking a second', async () => {
    const rows = asInput((await inForce(today)).edges.map((e) => e.node));
    const back = rows.map((r) => (r.code === 'dining-rate' ? { ...r, amountThreshold: '10000.00' } : r));
    const r = await server.gql(SAVE, { from: today, rules: back.slice(0, 7) }, admin);
    expect(r.errors).toBeUndefined();
    const now = await inForce(today);
    expect(now.totalCount).toBe(7);
    expect(now.edges[0]!.node.amountThreshold).toBe('10000.00');
    expect((await inForce(null)).totalCount).toBe(15);
  });
});
