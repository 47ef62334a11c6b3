import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatYuan } from '@cornerstone/shared/money/money';
import { gini, topShare } from '@cornerstone/shared/tier/lorenz';
import { computePyramid } from '@cornerstone/shared/tier/tier-cut';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, seedBranches, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { expectedProfit, settlementRows } from './support/settlement-fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

const N = 230;
const PYRAMID = `query($p: String!, $f: MerchantFilter) { pyramid(period: $p, filter: $f) {
  period merchantCount totalProfit gini top20Share tiers { tier merchantCount countShare profit profitShare } } }`;

interface PyramidData {
  pyramid: {
    merchantCount: number;
    totalProfit: string;
    gini: number;
    top20Share: number;
    tiers: { tier: string; merchantCount: number; countShare: number; profit: string; profitShare: number }[];
  };
}

describe('the customer pyramid', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  // Merchants 201..210 settle nothing; 211..220 were onboarded after the periods; 221..230 are
  // terminated; merchants 101..104 are given exactly equal profit to test ties at a cut-off.
  const rows = [...settlementRows(200, '2026-08-01', '2026-10-31', (i) => i >= 101 && i <= 104)];
  const tie = (i: number) => `2026-09-15,${mid(i)},1,1000.00,0,0.00,10.00,2.00,1.00`;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '西安分公司');
    await seedUser(orm, 'analyst', 'analyst');
    await seedBranches(orm, '咸阳分公司');
    const dir = mkdtempSync(join(tmpdir(), 'cs-tier-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, {
      manager: 'am',
      branch: (i) => (i % 4 === 0 ? '咸阳分公司' : '西安分公司'),
      edit: (i, line) => (i > 210 && i <= 220 ? line.replace('2024-03-15', '2026-11-20') : line),
    });
    await importMerchants(orm, join(dir, 'm.csv'));
    await orm.em
      .getConnection()
      .execute(`update merchant set status = 'terminated' where mid > '${mid(220)}'`);
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, [
      ...rows.map((r) => r.line),
      ...[101, 102, 103, 104].map(tie),
    ]);
    const s = await importSettlements(orm, join(dir, 's.csv'));
    expect(s.rejected).toBe(0);
    server = await startServer(orm);
    token = await server.login('analyst');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const independent = (from: string, to: string, include: (i: number) => boolean) => {
    const profits = expectedProfit(rows, from, to);
    const input = [];
    for (let i = 1; i <= 220; i++) {
      if (!include(i) || (i > 210 && i <= 220)) continue;
      const tieProfit = i >= 101 && i <= 104 && '2026-09-15' >= from && '2026-09-15' <= to ? 700n : 0n;
      input.push({ mid: mid(i), profit: (profits.get(mid(i)) ?? 0n) + tieProfit });
    }
    return input;
  };

  it('equals an independent computation with the shared rules, company-wide and per branch', async () => {
    for (const [period, from, to, filter, include] of [
      ['2026-Q3', '2026-07-01', '2026-09-30', null, () => true],
      ['2026-10', '2026-10-01', '2026-10-31', { branch: '咸阳分公司' }, (i: number) => i % 4 === 0],
    ] as const) {
      const input = independent(from, to, include);
      const expected = computePyramid(input);
      const r = await server.gql<PyramidData>(PYRAMID, { p: period, f: filter }, token);
      expect(r.errors).toBeUndefined();
      const got = r.data!.pyramid;
      expect(got.merchantCount).toBe(expected.merchantCount);
      expect(got.totalProfit).toBe(formatYuan(expected.totalProfit));
      expect(got.tiers.map((t) => t.tier)).toEqual(['KEY', 'SECONDARY', 'ORDINARY', 'SMALL']);
      got.tiers.forEach((t, k) => {
        const e = expected.tiers[k]!;
        expect(t.merchantCount).toBe(e.merchantCount);
        expect(t.profit).toBe(formatYuan(e.profit));
        expect(t.profitShare).toBeCloseTo(e.profitShare, 12);
        expect(t.countShare).toBeCloseTo(e.countShare, 12);
      });
      expect(got.tiers.reduce((s, t) => s + t.merchantCount, 0)).toBe(got.merchantCount);
      expect(got.gini).toBeCloseTo(gini(input.map((x) => x.profit)), 12);
      expect(got.top20Share).toBeCloseTo(
        topShare(
          input.map((x) => x.profit),
          0.2,
        ),
        12,
      );
    }
  });

  it('counts merchants without settlements with profit 0 and leaves out terminated and later merchants', async () => {
    const r = await server.gql<PyramidData>(PYRAMID, { p: '2026-10' }, token);
    // 210 merchants: 1..200 settled, 201..210 have none; 211..220 onboarded in November; 221..230 terminated.
    expect(r.data!.pyramid.merchantCount).toBe(210);
  });

  it('breaks ties at a cut-off by MID and stores snapshots that the migration matrix sums over', async () => {
    const sep = await computeTierSnapshot(orm, '2026-09', 'test');
    const oct = await computeTierSnapshot(orm, '2026-10', 'test');
    const input = independent('2026-09-01', '2026-09-30', () => true);
    const expected = computePyramid(input).assignments;
    const stored = await orm.em
      .getConnection()
      .execute<{ mid: string; tier: string }[]>(
        `select m.mid, t.tier from tier_snapshot t join merchant m on m.id = t.merchant_id where t.period = '2026-09'`,
      );
    expect(stored).toHaveLength(expected.size);
    for (const s of stored) expect(s.tier, s.mid).toBe(expected.get(s.mid));
    expect(sep.merchantCount + oct.merchantCount).toBeGreaterThan(0);

    const m = await server.gql<{
      tierMigration: { cells: { fromTier: string | null; toTier: string | null; merchantCount: number }[] };
    }>(
      'query { tierMigration(from: "2026-09", to: "2026-10") { cells { fromTier toTier merchantCount } } }',
      {},
      token,
    );
    const cells = m.data!.tierMigration.cells;
    expect(cells.reduce((s, c) => s + c.merchantCount, 0)).toBe(210);
    const t = await server.gql<{ merchant: { tier: string; profit: string } }>(
      `query { merchant(mid: "${mid(103)}") { tier(period: "2026-09") profit(period: "2026-09") } }`,
      {},
      token,
    );
    expect(t.data!.merchant.tier).toBe(expected.get(mid(103)));
    const h = await server.gql<{
      merchant: { tierHistory: { period: string; tier: string; rank: number }[] };
    }>(`query { merchant(mid: "${mid(103)}") { tierHistory { period tier rank } } }`, {}, token);
    expect(h.data!.merchant.tierHistory.map((e) => e.period)).toEqual(['2026-10', '2026-09']);
    expect(h.data!.merchant.tierHistory[1]!.tier).toBe(expected.get(mid(103)));
  });

  it('lists exactly the merchants of a tier of the pyramid of the same filter', async () => {
    for (const filter of [{}, { branch: '咸阳分公司' }]) {
      const p = await server.gql<PyramidData>(PYRAMID, { p: '2026-Q3', f: filter }, token);
      for (const tier of p.data!.pyramid.tiers) {
        const l = await server.gql<{ merchants: { totalCount: number } }>(
          'query($f: MerchantFilter) { merchants(first: 1, filter: $f) { totalCount } }',
          { f: { ...filter, tier: tier.tier, period: '2026-Q3' } },
          token,
        );
        expect(l.errors).toBeUndefined();
        expect(l.data!.merchants.totalCount, `${JSON.stringify(filter)} ${tier.tier}`).toBe(
          tier.merchantCount,
        );
      }
    }
  });

  it('gives a Lorenz curve from (0,0) rising to (1,1)', async () => {
    const r = await server.gql<{ lorenz: { merchantShare: number; profitShare: number }[] }>(
      'query { lorenz(period: "2026-Q3", points: 20) { merchantShare profitShare } }',
      {},
      token,
    );
    const pts = r.data!.lorenz;
    expect(pts[0]).toEqual({ merchantShare: 0, profitShare: 0 });
    expect(pts.at(-1)!.merchantShare).toBe(1);
    expect(pts.at(-1)!.profitShare).toBeCloseTo(1, 12);
    expect(pts).toHaveLength(21);
  });

  // Last: it changes the data the tests above compare with.
  it('recomputes a snapshot by writing only the merchants that moved, to the rows a first computation stores', async () => {
    const conn = orm.em.getConnection();
    type Stored = { merchant_id: number; tier: string; rank: number; profit: string; v: string };
    const stored = async () =>
      (await conn.execute(
        `select merchant_id, tier, rank, profit::text as profit, ctid::text || ' ' || xmin::text as v
         from tier_snapshot where period = '2026-09' order by merchant_id`,
      )) as Stored[];
    const first = await computeTierSnapshot(orm, '2026-09', 'test');
    const before = await stored();
    // Nothing moved: every row stays as it was, not rewritten; the same pyramid.
    expect(await computeTierSnapshot(orm, '2026-09', 'test')).toEqual(first);
    expect(await stored()).toEqual(before);
    // A small merchant's month corrected upwards makes it the top one (the ranking of a whole month
    // reads the monthly rollup); another merchant is terminated.
    const [small] = before.filter((r) => r.tier === 'SMALL');
    await conn.execute(
      `update settlement_month set profit = profit + 89800.00 where merchant_id = ? and month = '2026-09-01'`,
      [small!.merchant_id],
    );
    const ended = before.find((r) => r.tier === 'ORDINARY')!.merchant_id;
    await conn.execute("update merchant set status = 'terminated' where id = ?", [ended]);
    await computeTierSnapshot(orm, '2026-09', 'test');
    const after = await stored();
    expect(after.find((r) => r.merchant_id === small!.merchant_id)).toMatchObject({ tier: 'KEY', rank: 1 });
    expect(after.some((r) => r.merchant_id === ended)).toBe(false);
    // Only the moved rows were written: the merchants ranked below both changes keep rank and row.
    const was = new Map(before.map((r) => [r.merchant_id, r]));
    const kept = after.filter(
      (r) => was.get(r.merchant_id)?.rank === r.rank && was.get(r.merchant_id)?.tier === r.tier,
    );
    expect(kept.length).toBeGreaterThan(0);
    for (const r of kept) expect(r.v, String(r.merchant_id)).toBe(was.get(r.merchant_id)!.v);
    for (const r of after.filter((x) => !kept.includes(x))) expect(r.v).not.toBe(was.get(r.merchant_id)?.v);
    // The same rows as a first computation of the same data.
    await conn.execute("delete from tier_snapshot where period = '2026-09'");
    await computeTierSnapshot(orm, '2026-09', 'test');
    const fresh = await stored();
    const strip = (rows: Stored[]) => rows.map(({ v: _, ...r }) => r);
    expect(strip(after)).toEqual(strip(fresh));
  });
});
