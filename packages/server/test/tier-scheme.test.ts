import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatYuan, parseYuan } from '@cornerstone/shared/money/money';
import { parsePeriod } from '@cornerstone/shared/period/period';
import {
  assignThresholdTier,
  CARD_LEVEL_SCHEME,
  type ThresholdScheme,
  TIER_CODES,
  type TierCode,
} from '@cornerstone/shared/tier/tier-scheme';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { reactionsSettled } from '../src/platform/events/reactions.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { refreshPeriodRanks } from '../src/tier/period-rank.service.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { settlementRows } from './support/settlement-fixtures.ts';
import { storedRanking } from './support/stored-ranking.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { codeOf, type GqlResult, seedUser, startServer } from './support/test-server.ts';

// The tier scheme as data (issue 24): administrators alone set a new version, share or threshold,
// in force from a month; bad schemes are refused under their field with nothing written; every
// attempt is audited; the stored snapshots from that month on are recomputed with the new cut, and
// the pyramid and the scheme query speak the new level names. Expected tiers come from the shared
// rule applied to amounts summed here from the generated rows, not from the server.

const N = 60;
const BRANCH = '渭南分公司';
const SET = `mutation($i: SetTierSchemeInput!) { setTierScheme(input: $i) {
  scheme { id kind measure effectiveFrom createdBy createdAt levels { tier zh en cumulativePercent minAmount } }
  recomputedPeriods } }`;
const SCHEME = `query($p: String) { tierScheme(period: $p) { kind measure effectiveFrom levels { tier zh en cumulativePercent minAmount } } }`;
const PYRAMID = `query($p: String!) { pyramid(period: $p) { merchantCount tiers { tier zh en merchantCount profit } } }`;

type Level = {
  tier: TierCode;
  zh: string;
  en: string;
  cumulativePercent?: number | null;
  minAmount?: string | null;
};
const fieldsOf = (r: GqlResult) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).map((f) => [
    f.field,
    f.code,
  ]);

describe('the tier scheme as data', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const gql = <T>(user: string, q: string, v: Record<string, unknown> = {}) =>
    server.gql<T>(q, v, tokens[user]);
  const ok = async <T>(user: string, q: string, v: Record<string, unknown> = {}) => {
    const r = await server.gql<T>(q, v, tokens[user]);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const audited = (since: number) =>
    sql<{ actor: string; outcome: string }[]>(
      'select actor, outcome from audit_log where action = ? and id > ? order by id',
      ['mutation:setTierScheme', since],
    );
  const lastAuditId = async () =>
    (await sql<{ n: number }[]>('select coalesce(max(id), 0)::int as n from audit_log'))[0]!.n;
  const versions = () => sql<unknown[]>('select * from tier_scheme order by id');
  const snapshot = async (period: string) =>
    new Map(
      (
        await sql<{ mid: string; tier: TierCode }[]>(
          'select m.mid, s.tier from tier_snapshot s join merchant m on m.id = s.merchant_id where s.period = ?',
          [period],
        )
      ).map((r) => [r.mid, r.tier]),
    );

  // Amount and profit per merchant and month, summed from the generated rows.
  const rows = [...settlementRows(N, '2026-08-01', '2026-10-31')];
  const byMonth = (month: string, what: 'amount' | 'profit') => {
    const out = new Map<string, bigint>();
    for (let i = 1; i <= N; i++) out.set(mid(i), 0n);
    for (const r of rows)
      if (r.date.startsWith(month))
        out.set(
          r.mid,
          out.get(r.mid)! + (what === 'profit' ? r.profitFen : parseYuan(r.line.split(',')[3]!)),
        );
    return out;
  };
  /** Minimums that split the month's values into four non-empty levels (the 5th, 15th and 30th highest). */
  const minimumsOf = (values: Map<string, bigint>) => {
    const sorted = [...values.values()].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    return [sorted[4]!, sorted[14]!, sorted[29]!];
  };
  const thresholdLevels = (mins: bigint[]): Level[] =>
    CARD_LEVEL_SCHEME.tiers.map((t, i) => ({
      tier: t.code,
      zh: t.zh,
      en: t.en,
      minAmount: i < 3 ? formatYuan(mins[i]!) : null,
    }));
  const schemeOf = (measure: 'PROFIT' | 'TXN_AMOUNT', mins: bigint[]): ThresholdScheme => ({
    kind: 'threshold',
    measure,
    tiers: CARD_LEVEL_SCHEME.tiers.map((t, i) => ({ ...t, minFen: i < 3 ? mins[i]! : 0n })),
  });
  const shareLevels = (pcts: number[]): Level[] =>
    TIER_CODES.map((tier, i) => ({
      tier,
      zh: `第${i + 1}级`,
      en: `Level ${i + 1}`,
      cumulativePercent: pcts[i],
    }));

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    await seedUser(orm, 'bm', 'branch_manager', BRANCH);
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'analyst', 'analyst');
    const dir = mkdtempSync(join(tmpdir(), 'cs-tier-scheme-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: () => 'am1', branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    await writeLines(
      join(dir, 's.csv'),
      SETTLEMENT_HEADER,
      rows.map((r) => r.line),
    );
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    for (const p of ['2026-08', '2026-09', '2026-10']) await computeTierSnapshot(orm, p, 'test');
    server = await startServer(orm);
    for (const u of ['am1', 'bm', 'admin', 'analyst']) tokens[u] = await server.login(u);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('starts from the seed: 1 / 19 / 30 / 50 in force from the beginning, one version', async () => {
    const { tierScheme } = await ok<{ tierScheme: { kind: string; effectiveFrom: null; levels: Level[] } }>(
      'am1',
      SCHEME,
      { p: '2026-10' },
    );
    expect(tierScheme.kind).toBe('SHARE');
    expect(tierScheme.effectiveFrom).toBeNull();
    expect(tierScheme.levels.map((l) => [l.zh, l.cumulativePercent])).toEqual([
      ['重要客户', 1],
      ['次要客户', 20],
      ['普通客户', 50],
      ['小客户', 100],
    ]);
    expect(
      (await ok<{ tierSchemes: { totalCount: number } }>('analyst', '{ tierSchemes { totalCount } }'))
        .tierSchemes.totalCount,
    ).toBe(1);
  });

  it('lets only administrators change it: analysts, branch and account managers are refused, nothing written, each audited', async () => {
    const before = await versions();
    const since = await lastAuditId();
    const input = { kind: 'SHARE', levels: shareLevels([2, 20, 50, 100]), effectiveFrom: '2026-09' };
    for (const user of ['analyst', 'bm', 'am1'])
      expect(codeOf(await gql(user, SET, { i: input }))).toBe('FORBIDDEN');
    expect(await versions()).toEqual(before);
    expect(await audited(since)).toEqual([
      { actor: 'analyst', outcome: 'denied' },
      { actor: 'bm', outcome: 'denied' },
      { actor: 'am1', outcome: 'denied' },
    ]);
  });

  it('refuses bad schemes under their field, writing nothing and recomputing nothing', async () => {
    const before = await versions();
    const snapshotBefore = await snapshot('2026-10');
    const runsBefore = await sql<unknown[]>(
      'select period, computed_at from tier_snapshot_run order by period',
    );
    const since = await lastAuditId();
    const refused = async (input: Record<string, unknown>) => fieldsOf(await gql('admin', SET, { i: input }));
    // Shares that do not rise: the third level is below the second.
    expect(
      await refused({ kind: 'SHARE', levels: shareLevels([1, 20, 15, 100]), effectiveFrom: '2026-09' }),
    ).toEqual([['levels[2].cumulativePercent', 'tierScheme.shareNotRising']]);
    expect(
      await refused({ kind: 'SHARE', levels: shareLevels([1, 20, 50, 90]), effectiveFrom: '2026-09' }),
    ).toEqual([['levels[3].cumulativePercent', 'tierScheme.shareLastNotFull']]);
    expect(
      await refused({
        kind: 'THRESHOLD',
        measure: 'PROFIT',
        levels: thresholdLevels([100n, 500n, 1n]),
        effectiveFrom: '2026-09',
      }),
    ).toEqual([['levels[1].minAmount', 'tierScheme.thresholdNotFalling']]);
    expect(
      await refused({
        kind: 'THRESHOLD',
        levels: thresholdLevels([300n, 200n, 100n]),
        effectiveFrom: '2026-09',
      }),
    ).toEqual([['measure', 'tierScheme.measureMissing']]);
    expect(
      await refused({ kind: 'SHARE', levels: shareLevels([1, 20, 50, 100]), effectiveFrom: '2026-13' }),
    ).toEqual([['effectiveFrom', 'tierScheme.periodInvalid']]);
    const swapped = shareLevels([1, 20, 50, 100]).reverse();
    expect(await refused({ kind: 'SHARE', levels: swapped, effectiveFrom: '2026-09' })).toEqual([
      ['levels', 'tierScheme.levels'],
    ]);
    expect(await versions()).toEqual(before);
    expect(await snapshot('2026-10')).toEqual(snapshotBefore);
    expect(await sql<unknown[]>('select period, computed_at from tier_snapshot_run order by period')).toEqual(
      runsBefore,
    );
    expect((await audited(since)).map((a) => a.outcome)).toEqual(Array(6).fill('error'));
  });

  it('switches to card levels on transaction amount from a month: the snapshots from then on are cut by the measure, earlier ones stay', async () => {
    const amounts = byMonth('2026-10', 'amount');
    const mins = minimumsOf(amounts);
    const august = await snapshot('2026-08');
    const augustRun = await sql<unknown[]>(
      "select computed_at from tier_snapshot_run where period = '2026-08'",
    );
    const since = await lastAuditId();
    const { setTierScheme } = await ok<{
      setTierScheme: {
        scheme: {
          kind: string;
          measure: string;
          effectiveFrom: string;
          createdBy: string;
          createdAt: string;
        };
        recomputedPeriods: string[];
      };
    }>('admin', SET, {
      i: {
        kind: 'THRESHOLD',
        measure: 'TXN_AMOUNT',
        levels: thresholdLevels(mins),
        effectiveFrom: '2026-09',
      },
    });
    expect(setTierScheme.scheme).toMatchObject({
      kind: 'THRESHOLD',
      measure: 'TXN_AMOUNT',
      effectiveFrom: '2026-09',
      createdBy: 'admin',
    });
    expect(setTierScheme.recomputedPeriods).toEqual(['2026-09', '2026-10']);
    // An ISO instant the browser can read (Date.parse of "+08" offsets fails in V8).
    expect(setTierScheme.scheme.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(setTierScheme.scheme.createdAt) - Date.now())).toBeLessThan(600_000);
    expect(await audited(since)).toEqual([{ actor: 'admin', outcome: 'ok' }]);

    const scheme = schemeOf('TXN_AMOUNT', mins);
    for (const month of ['2026-09', '2026-10']) {
      const expected = new Map(
        [...byMonth(month, 'amount')].map(([m, a]) => [m, assignThresholdTier(a, scheme)]),
      );
      expect(await snapshot(month)).toEqual(expected);
    }
    // 5, 10, 15 and 30 merchants, by construction of the minimums.
    const october = await snapshot('2026-10');
    expect(TIER_CODES.map((t) => [...october.values()].filter((x) => x === t).length)).toEqual([
      5, 10, 15, 30,
    ]);
    expect(await snapshot('2026-08')).toEqual(august);
    expect(
      await sql<unknown[]>("select computed_at from tier_snapshot_run where period = '2026-08'"),
    ).toEqual(augustRun);

    // The pyramid names the levels and counts them; profit per level is the sum of its merchants'.
    const { pyramid } = await ok<{
      pyramid: { tiers: { tier: TierCode; zh: string; en: string; merchantCount: number; profit: string }[] };
    }>('analyst', PYRAMID, { p: '2026-10' });
    const profits = byMonth('2026-10', 'profit');
    expect(pyramid.tiers.map((t) => [t.zh, t.en, t.merchantCount])).toEqual([
      ['钻石卡', 'Diamond', 5],
      ['黑金卡', 'Black', 10],
      ['白金卡', 'Platinum', 15],
      ['金卡', 'Gold', 30],
    ]);
    for (const t of pyramid.tiers) {
      let sum = 0n;
      for (const [m, tier] of october) if (tier === t.tier) sum += profits.get(m)!;
      expect(t.profit).toBe(formatYuan(sum));
    }
    // Before the switch the seed's names and cut still apply; a quarter is cut as its last month.
    const aug = await ok<{ pyramid: { tiers: { zh: string; merchantCount: number }[] } }>(
      'analyst',
      PYRAMID,
      { p: '2026-08' },
    );
    expect(aug.pyramid.tiers.map((t) => t.zh)).toEqual(['重要客户', '次要客户', '普通客户', '小客户']);
    const q3 = await ok<{ tierScheme: { kind: string } }>('am1', SCHEME, { p: '2026-Q3' });
    expect(q3.tierScheme.kind).toBe('THRESHOLD');
    // A merchant's tier follows the recomputed snapshot.
    const top = [...october].find(([, t]) => t === 'KEY')![0];
    const m = await ok<{ merchant: { tier: string } }>(
      'admin',
      'query($m: String!) { merchant(mid: $m) { tier(period: "2026-10") } }',
      { m: top },
    );
    expect(m.merchant.tier).toBe('KEY');
    // The cadence follows the latest recomputed snapshot once the tasks have caught up with it.
    await reactionsSettled();
    expect(
      (
        await ok<{ tierFollowUp: { pendingPeriods: string[] } }>(
          'am1',
          '{ tierFollowUp { pendingPeriods } }',
          {},
        )
      ).tierFollowUp.pendingPeriods,
    ).toEqual([]);
    const [cadence] = await sql<{ n: number; same: number }[]>(
      `select count(*)::int as n, count(*) filter (where c.period = s.period and c.tier = s.tier)::int as same
       from tier_snapshot s left join merchant_cadence c on c.merchant_id = s.merchant_id where s.period = '2026-10'`,
    );
    expect(cadence!.n).toBe(october.size);
    expect(cadence!.same).toBe(october.size);
  });

  it('cuts by profit thresholds the same live and from the stored ranking, and the Lorenz curve keeps ranking by profit', async () => {
    const profits = byMonth('2026-10', 'profit');
    const mins = minimumsOf(profits);
    await ok('admin', SET, {
      i: { kind: 'THRESHOLD', measure: 'PROFIT', levels: thresholdLevels(mins), effectiveFrom: '2026-10' },
    });
    const scheme = schemeOf('PROFIT', mins);
    const expected = TIER_CODES.map(
      (t) => [...profits.values()].filter((p) => assignThresholdTier(p, scheme) === t).length,
    );
    const counts = async () =>
      (
        await ok<{ pyramid: { tiers: { merchantCount: number }[] } }>('analyst', PYRAMID, { p: '2026-10' })
      ).pyramid.tiers.map((t) => t.merchantCount);
    expect(await counts()).toEqual(expected);
    await refreshPeriodRanks(orm);
    expect(await storedRanking(orm.em.fork() as never, parsePeriod('2026-10'))).not.toBeNull();
    expect(await counts()).toEqual(expected);
    // The Lorenz curve ranks by profit whatever the cut: its first quarter holds the top 15's profit.
    const lorenz = await ok<{ lorenz: { merchantShare: number; profitShare: number }[] }>(
      'analyst',
      '{ lorenz(period: "2026-10", points: 4) { merchantShare profitShare } }',
    );
    const total = [...profits.values()].reduce((a, b) => a + b, 0n);
    const top15 = [...profits.values()]
      .sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))
      .slice(0, 15)
      .reduce((a, b) => a + b, 0n);
    expect(lorenz.lorenz[1]!.profitShare).toBeCloseTo(Number(top15) / Number(total), 6);
    const versionsPage = await ok<{
      tierSchemes: { totalCount: number; edges: { node: { effectiveFrom: string | null } }[] };
    }>('am1', '{ tierSchemes(first: 2) { totalCount edges { node { effectiveFrom } } } }');
    expect(versionsPage.tierSchemes.totalCount).toBe(3);
    expect(versionsPage.tierSchemes.edges.map((e) => e.node.effectiveFrom)).toEqual(['2026-10', '2026-09']);
  });

  it('switches back to shares, its own names in the pyramid, and the snapshot follows the ranking again', async () => {
    const levels = shareLevels([10, 30, 60, 100]);
    const r = await ok<{ setTierScheme: { recomputedPeriods: string[] } }>('admin', SET, {
      i: { kind: 'SHARE', levels, effectiveFrom: '2026-10' },
    });
    expect(r.setTierScheme.recomputedPeriods).toEqual(['2026-10']);
    const october = await snapshot('2026-10');
    expect(TIER_CODES.map((t) => [...october.values()].filter((x) => x === t).length)).toEqual([
      6, 12, 18, 24,
    ]);
    const { pyramid } = await ok<{ pyramid: { tiers: { en: string }[] } }>('analyst', PYRAMID, {
      p: '2026-10',
    });
    expect(pyramid.tiers.map((t) => t.en)).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4']);
  });
});
