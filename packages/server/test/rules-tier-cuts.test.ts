import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Fen, formatYuan, parseYuan } from '@cornerstone/shared/money/money';
import { addDays, daysInMonth, type Period, parsePeriod } from '@cornerstone/shared/period/period';
import {
  computePyramid,
  type MerchantProfit,
  rankMerchants,
  tierCutoffs,
} from '@cornerstone/shared/tier/tier-cut';
import {
  DEFAULT_SCHEME,
  type ShareScheme,
  TIER_CODES,
  type TierCode,
  tierOfRank,
} from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { addUser, ensureBranch } from '../src/identity/users.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import type { SqlWhere } from '../src/platform/db/sql-where.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { refreshPeriodRanks } from '../src/tier/period-rank.service.ts';
import { computePyramidSql, rankedSql } from '../src/tier/pyramid.service.ts';
import { tierCaseSql, tierCutoffsSql } from '../src/tier/tier-level.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { storedRanking } from './support/stored-ranking.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Rules once (docs/architecture.md): the pyramid's cut (docs/domain.md §3 — rank by profit, ties by MID, rank r of N
// in the first tier whose cumulative share ≥ r/N) is shared tier/tier-cut.ts; the server computes it
// in SQL (tier/tier-level.ts, pyramid.service.ts, period-rank.service.ts), live and from the stored
// ranking. This test feeds the same settlement rows to both and requires the same tiers.

const N = 150;
const WEST = '西安分公司';
const EAST = '渭南分公司';
// 141..145 are onboarded after every period; 146..150 are terminated: neither is ranked.
const LATE = (i: number) => i > 140 && i <= 145;
const TERMINATED = (i: number) => i > 145;
const branchOf = (i: number) => (i % 3 === 0 ? EAST : WEST);

// Few distinct profits, so ties fall on the cut-offs; losses, zero, and merchants with no rows (null).
const profitArb = fc.option(
  fc.oneof(
    fc.constantFrom(-50_000n, -1n, 0n, 1n, 2_500n, 100_000n, 7_777_700n),
    fc.bigInt({ min: -100_000n, max: 10_000_000n }),
  ),
  { nil: null, freq: 6 },
);

/** Rows of one day carrying profit `p` (fen), valid by the settlement rules whatever its sign. */
const dayLine = (date: string, i: number, p: Fen) =>
  [
    date,
    mid(i),
    1,
    formatYuan((p < 0n ? -p : p) + 10_000n),
    0,
    '0.00',
    formatYuan(p > 0n ? p : 0n),
    formatYuan(p < 0n ? -p : 0n),
    '0.00',
  ].join(',');

describe('rules once: tier cuts (tierOfRank / computePyramid / tierCutoffs = the pyramid SQL)', () => {
  let db: TestDb;
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'cs-rules-tier-'));
  const em = () => orm.em.fork() as EntityManager;
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];
  /** Every settlement day imported: MID → date → profit. */
  const days = new Map<string, Map<string, Fen>>();
  let east: SqlWhere;
  let files = 0;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await ensureBranch(em(), EAST);
    await addUser(em(), { login: 'am', role: 'account_manager', branch: WEST, password: 'test-password-1' });
    await writeMerchantsCsv(join(dir, 'm.csv'), N, {
      manager: 'am',
      branch: branchOf,
      edit: (i, line) => (LATE(i) ? line.replace('2024-03-15', '2026-11-20') : line),
    });
    expect((await importMerchants(orm, join(dir, 'm.csv'))).rejected).toBe(0);
    await sql(`update merchant set status = 'terminated' where mid > ?`, [mid(145)]);
    const [b] = await sql<{ id: number }>('select id from branch where name = ?', [EAST]);
    east = { sql: ['m.branch_id = ?'], params: [b!.id] };
  }, 120_000);

  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  /** The merchants a period ranks within a filter, with their profit from the rows fed: the pure input. */
  const input = (p: Period, branch?: string): MerchantProfit[] => {
    const out: MerchantProfit[] = [];
    for (let i = 1; i <= N; i++) {
      if (LATE(i) || TERMINATED(i) || (branch && branchOf(i) !== branch)) continue;
      let profit = 0n;
      for (const [d, v] of days.get(mid(i)) ?? []) if (d >= p.start && d <= p.end) profit += v;
      out.push({ mid: mid(i), profit });
    }
    return out;
  };

  /** The server's answers for a period and filter: the ranked rows, the pyramid and the cut-offs. */
  const server = async (p: Period, where: SqlWhere) => {
    const ranked = await rankedSql(em(), p, where);
    const rows = await sql<{ mid: string; profit: string; r: string; tier: TierCode }>(
      `select mid, profit::numeric(18,2)::text as profit, r::text, tier from (${ranked.sql}) t order by t.r`,
      ranked.params,
    );
    const cuts = await sql<{ tier: TierCode; cutoff: string }>(
      `select tier, cutoff::numeric(18,2)::text as cutoff from (${tierCutoffsSql(`(${ranked.sql}) t`)}) c`,
      ranked.params,
    );
    return {
      ranked: rows.map((r) => ({ mid: r.mid, profit: parseYuan(r.profit), rank: Number(r.r), tier: r.tier })),
      pyramid: await computePyramidSql(em(), p, where),
      cutoffs: new Map(cuts.map((c) => [c.tier, parseYuan(c.cutoff)])),
    };
  };

  /** The shared rule's answers for the same merchants and rows, in the server's shapes. */
  const shared = (rows: MerchantProfit[], p: Period, scheme: ShareScheme = DEFAULT_SCHEME) => {
    const pyramid = computePyramid(rows, scheme);
    const ranked = rankMerchants(rows).map((r) => ({ ...r, tier: tierOfRank(r.rank, rows.length, scheme) }));
    expect(ranked.map((r) => r.tier)).toEqual(ranked.map((r) => pyramid.assignments.get(r.mid)));
    const cutoffs = new Map<TierCode, Fen>();
    for (const [t, c] of tierCutoffs(rows, scheme)) if (c !== null) cutoffs.set(t, c);
    return {
      ranked,
      pyramid: {
        period: p.label,
        merchantCount: pyramid.merchantCount,
        totalProfit: formatYuan(pyramid.totalProfit),
        tiers: pyramid.tiers.map((t) => ({ ...t, profit: formatYuan(t.profit) })),
      },
      cutoffs,
    };
  };

  /** Cut-offs seen with equal profits on both sides (a tie broken by MID). */
  let tiesAtCut = 0;
  const compare = async (p: Period, scheme: ShareScheme = DEFAULT_SCHEME) => {
    const scopes: [SqlWhere, string | undefined][] = [
      [{ sql: [], params: [] }, undefined],
      [east, EAST],
    ];
    for (const [where, branch] of scopes) {
      const got = await server(p, where);
      const want = shared(input(p, branch), p, scheme);
      expect(got.ranked, `${p.label} ${branch ?? 'company'}`).toEqual(want.ranked);
      expect(got.pyramid, `${p.label} ${branch ?? 'company'}`).toMatchObject(want.pyramid);
      expect(got.cutoffs, `${p.label} ${branch ?? 'company'}`).toEqual(want.cutoffs);
      const r = want.ranked;
      tiesAtCut += r.filter(
        (x, k) => k > 0 && x.tier !== r[k - 1]!.tier && x.profit === r[k - 1]!.profit,
      ).length;
    }
  };

  it('cuts every rank of every count as tierOfRank does, for the seed scheme and generated ones', async () => {
    const schemeArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: 0, maxLength: 3 })
      .map((bps): ShareScheme => {
        const cum = [...[...bps].sort((a, b) => a - b), 10_000];
        return {
          kind: 'share',
          tiers: cum.map((bp, k) => ({ code: TIER_CODES[k]!, zh: '', en: '', cumulativeBp: bp })),
        };
      });
    await fc.assert(
      fc.asyncProperty(schemeArb, async (scheme) => {
        const rows = await sql<{ n: number; r: number; tier: TierCode }>(
          `select n, r, ${tierCaseSql(scheme)} as tier from generate_series(1, 150) n, generate_series(1, n) r order by n, r`,
        );
        expect(rows.length).toBe((150 * 151) / 2);
        const wrong = rows.filter((x) => x.tier !== tierOfRank(x.r, x.n, scheme));
        expect(wrong.slice(0, 5)).toEqual([]);
      }),
      { numRuns: 12, examples: [[DEFAULT_SCHEME]] },
    );
  });

  it('ranks, cuts and sums generated profits as the shared pyramid does, live and from the stored ranking', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(profitArb, profitArb), { minLength: N, maxLength: N }),
        async (profits) => {
          // Each run a month of its own: rows on its first and last day (a month end), so the month
          // reads the rollup and a range to the 15th reads raw days.
          const month = `2025-${String(++run).padStart(2, '0')}`;
          const first = `${month}-01`;
          const last = `${month}-${daysInMonth(2025, run)}`;
          const lines: string[] = [];
          profits.forEach(([a, b], j) => {
            const m = mid(j + 1);
            const mine = days.get(m) ?? new Map<string, Fen>();
            days.set(m, mine);
            for (const [d, p] of [
              [first, a],
              [last, b],
            ] as const) {
              if (p === null) continue;
              lines.push(dayLine(d, j + 1, p));
              mine.set(d, p);
            }
          });
          const path = join(dir, `s${++files}.csv`);
          await writeLines(path, SETTLEMENT_HEADER, lines);
          expect((await importSettlements(orm, path)).rejected).toBe(0);
          const periods = [parsePeriod(month), parsePeriod(`${first}..${addDays(first, 14)}`)];
          for (const p of periods) {
            expect(await storedRanking(em(), p)).toBeNull();
            await compare(p);
          }
          // The stored ranking (refreshed in the background in the server) answers the same.
          await refreshPeriodRanks(orm);
          for (const p of periods) {
            expect(await storedRanking(em(), p)).not.toBeNull();
            await compare(p);
          }
        },
      ),
      { numRuns: 5, endOnFailure: true },
    );
    // Months of several runs together, from the rollup.
    await compare(parsePeriod('2025-01-01..2025-05-31'));
    expect(tiesAtCut).toBeGreaterThan(0);
  });

  it('follows the scheme stored as data (tier_scheme), live and stored', async () => {
    const scheme: ShareScheme = {
      kind: 'share',
      tiers: DEFAULT_SCHEME.tiers.map((t, k) => ({ ...t, cumulativeBp: [333, 2_501, 6_667, 10_000][k]! })),
    };
    // The version in force from the beginning, edited in place (a new version is setTierScheme's).
    const set = async (s: ShareScheme) => {
      const levels = s.tiers.map((t) => ({ tier: t.code, zh: t.zh, en: t.en, cumulativeBp: t.cumulativeBp }));
      await sql('update tier_scheme set levels = ?::jsonb where effective_from is null', [
        JSON.stringify(levels),
      ]);
    };
    await set(scheme);
    try {
      const p = parsePeriod('2025-02');
      await compare(p, scheme);
      await refreshPeriodRanks(orm);
      expect(await storedRanking(em(), p)).not.toBeNull();
      await compare(p, scheme);
    } finally {
      await set(DEFAULT_SCHEME);
    }
  });
});
