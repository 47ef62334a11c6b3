import type { Period } from '@cornerstone/shared/period/period';
import type { TierCode, TierScheme } from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requestMemo } from '../platform/cache/request-memo.ts';
import { ResultCache } from '../platform/cache/result-cache.ts';
import { analyticsSql, primarySql, type SqlRows } from '../platform/db/replicas.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { periodTotalsSql } from '../settlement/profit.service.ts';
import {
  liveRankSql,
  periodKey,
  RANKING_STATE_SQL,
  type RankingState,
  rankingOfState,
  type StoredRanking,
} from './period-rank.service.ts';
import {
  type SchemeRow,
  type StoredScheme,
  schemeInForce,
  schemeInForceSql,
  schemeKey,
  schemeMonth,
  tierCaseSql,
  tierLastRankSql,
} from './tier-level.ts';

// Numeric text with exactly 2 decimals (every query casts to numeric(…,2)) to fen, without bounds:
// Σ i·x_i over a million merchants exceeds what parseYuan accepts as an amount.
const fen = (s: string | undefined) => BigInt((s ?? '0.00').replace('.', ''));

export interface PyramidResult {
  period: string;
  merchantCount: number;
  totalProfit: string;
  tiers: {
    tier: TierCode;
    zh: string;
    en: string;
    merchantCount: number;
    countShare: number;
    profit: string;
    profitShare: number;
  }[];
  gini: number;
  top20Share: number;
}

/**
 * SQL of the ranked merchants of a scope (docs/contract.md): merchants of the filter onboarded by the
 * period's end and not terminated, with their profit over the period (0 without settlements),
 * ranked highest first, ties by MID; `r` is the rank, `n` the count, `tier` the tier. Read from the
 * period's stored ranking while it is fresh (period-rank.service.ts) — within a filter, the stored
 * order ranked again, which is the same order — and computed live otherwise.
 */
export async function rankedSql(em: EntityManager, period: Period, where: SqlWhere) {
  const { scheme, stored } = await rankingBasis(em, period, primarySql(em), 'primary');
  return { ...rankedFrom(scheme, stored, period, where), scheme, stored };
}

/** What every answer about a period starts from: its tier scheme, its ranking's state, its snapshot. */
export interface PeriodState {
  scheme: StoredScheme;
  ranking: RankingState | null;
  /** When its official snapshot was computed (to the microsecond), or null: none yet. */
  snapshotAt: string | null;
}

/**
 * A period's scheme, ranking state and snapshot in one statement, looked up once per read-only
 * request (platform/cache/request-memo.ts): the pyramid page asks for two pyramids, a Lorenz curve
 * and a migration, a merchant page for three periods' tiers. `on` names where `read` runs (a
 * replica's state may differ from the primary's), so a lookup is shared only between reads on the
 * same side.
 */
export function periodState(
  em: EntityManager,
  period: Period,
  read: SqlRows = primarySql(em),
  on: 'primary' | 'analytics' = 'primary',
): Promise<PeriodState> {
  return requestMemo(em, `period-state ${on} ${period.label}`, async () => {
    const rows = await read<SchemeRow & { known: boolean | null; snapshot_at: string | null } & RankingState>(
      `select b.*, st.known, st.merchants, st.fresh, st.version, st.note, run.at as snapshot_at
       from (${schemeInForceSql}) b
       left join lateral (select true as known, q.* from (${RANKING_STATE_SQL}) q) st on true
       left join lateral (select to_char(computed_at, 'YYYY-MM-DD HH24:MI:SS.US') as at
                          from tier_snapshot_run where period = ?) run on true
       order by b.position`,
      [schemeMonth(period), periodKey(period), period.label],
    );
    const head = rows[0];
    return {
      scheme: schemeInForce(rows),
      ranking: head?.known ? head : null,
      snapshotAt: head?.snapshot_at ?? null,
    };
  });
}

/** The scheme of a period and its stored ranking if fresh (noting it wanted): once per request. */
function rankingBasis(em: EntityManager, period: Period, read: SqlRows, on: 'primary' | 'analytics') {
  return requestMemo(em, `ranking-basis ${on} ${period.label}`, async () => {
    const { scheme, ranking } = await periodState(em, period, read, on);
    return { scheme, stored: await rankingOfState(em, period, ranking) };
  });
}

/** rankedSql for a scheme and a stored ranking already looked up (null: none fresh). */
function rankedFrom(
  scheme: TierScheme,
  stored: StoredRanking | null,
  period: Period,
  where: SqlWhere,
): { sql: string; params: unknown[] } {
  const ranking =
    stored && where.sql.length === 0
      ? {
          sql: `select merchant_id as id, mid, profit, r::bigint as r, ${stored.merchants}::bigint as n
        from period_rank where period_key = ?`,
          params: [stored.key],
        }
      : stored
        ? {
            sql: `select c.merchant_id as id, c.mid, c.profit,
          row_number() over (order by c.r) as r, count(*) over () as n
        from period_rank c join merchant m on m.id = c.merchant_id
        where c.period_key = ? and ${whereSql(where)}`,
            params: [stored.key, ...where.params],
          }
        : liveRankSql(period, where);
  return withTier(scheme, period, ranking);
}

/**
 * The ranking with each merchant's tier. Merchants are ranked by profit whatever the scheme (the
 * Lorenz curve and the ranks stay the same); a threshold scheme on transaction amount cuts by the
 * merchant's amount over the period, from the same rollup as the profit (0 without settlements).
 */
function withTier(scheme: TierScheme, period: Period, ranking: { sql: string; params: unknown[] }) {
  if (scheme.kind === 'threshold' && scheme.measure === 'TXN_AMOUNT') {
    const totals = periodTotalsSql(period);
    return {
      sql: `select x.id, x.mid, x.profit, x.r, x.n, ${tierCaseSql(scheme, 'x.r', 'x.n', 'coalesce(a.txn_amount, 0)')} as tier
        from (${ranking.sql}) x left join (${totals.sql}) a on a.merchant_id = x.id`,
      params: [...ranking.params, ...totals.params],
    };
  }
  return {
    sql: `select id, mid, profit, r, n, ${tierCaseSql(scheme, 'r', 'n', 'profit')} as tier from (${ranking.sql}) ranked`,
    params: ranking.params,
  };
}

/**
 * The pyramid in one statement: only the tier rows leave the database. The Gini coefficient uses
 * the same exact formula as shared `gini` (losses count as 0): G = (2·Σ i·x_i − (n+1)·Σx) / (n·Σx)
 * with i the ascending rank, i = n − r + 1.
 */
export async function computePyramidSql(
  em: EntityManager,
  period: Period,
  where: SqlWhere,
): Promise<PyramidResult> {
  // An analytical read: on a read replica when one is configured (db/replicas.ts).
  const read = analyticsSql(em);
  const { scheme, stored } = await rankingBasis(em, period, read, 'analytics');
  return pyramids.through(answerKey(stored, scheme, where, period.label), () =>
    pyramidFromRanking(read, period, scheme, stored, where),
  );
}

/**
 * Answers read from a fresh stored ranking cannot change until the ranking does: they are kept per
 * process under the ranking's version, the scheme and the caller's scope (platform/cache). A live
 * ranking (none stored, or stale) is never kept.
 */
const pyramids = new ResultCache<PyramidResult>();
const lorenzCurves = new ResultCache<{ merchantShare: number; profitShare: number }[]>();

/** The cache key of an answer from `stored` for `where` (null: not cacheable). */
export function answerKey(
  stored: StoredRanking | null,
  scheme: TierScheme,
  where: SqlWhere,
  ...more: unknown[]
) {
  if (!stored) return null;
  return JSON.stringify([stored.key, stored.version, schemeKey(scheme), where.sql, where.params, ...more]);
}

async function pyramidFromRanking(
  read: SqlRows,
  period: Period,
  scheme: TierScheme,
  stored: StoredRanking | null,
  where: SqlWhere,
): Promise<PyramidResult> {
  // Company-wide from a fresh stored ranking under a share scheme: each tier is a range of ranks, its
  // profit the difference of two running totals — a few index lookups instead of a pass over every
  // merchant. A threshold scheme cuts by value, not rank: it sums the ranking.
  const ranked =
    stored && where.sql.length === 0 && scheme.kind === 'share'
      ? null
      : rankedFrom(scheme, stored, period, where);
  const levels =
    scheme.kind === 'share'
      ? scheme.tiers.map((t, i) => `('${t.code}', ${i + 1}, ${Number(t.cumulativeBp)})`).join(', ')
      : '';
  const rows = !ranked
    ? await read<PyramidRow>(
        `with s as (select merchants::bigint as n, total, positive, weighted from period_rank_state where period_key = ?),
         l as (select * from (values ${levels}) l(tier, position, cumulative_bp)),
         cuts as (select l.tier, l.position, ${tierLastRankSql('l.cumulative_bp', 's.n')} as hi from l, s),
         c as (select tier, hi, coalesce(lag(hi) over (order by position), 0) as lo from cuts)
         select c.tier, (c.hi - c.lo)::text as count,
                (coalesce(h.cum_profit, 0) - coalesce(l.cum_profit, 0))::numeric(18,2)::text as profit,
                s.n::text as n, s.total::numeric(18,2)::text as total, s.weighted::numeric(30,2)::text as weighted,
                s.positive::numeric(18,2)::text as positive,
                (select coalesce(max(cum_profit), 0) from period_rank
                  where period_key = ? and r = (s.n + 4) / 5)::numeric(18,2)::text as top20
         from c cross join s
         left join period_rank h on h.period_key = ? and h.r = c.hi
         left join period_rank l on l.period_key = ? and l.r = c.lo`,
        Array(4).fill(stored!.key),
      )
    : await read<PyramidRow>(`with t as (${ranked.sql}) ${PYRAMID_OF_T}`, ranked.params);
  return pyramidOf(period.label, scheme, rows);
}

/** One row per tier of the pyramid's aggregate, as its SQL returns it (numbers as text). */
export type PyramidRow = {
  tier: TierCode | null;
  count: string;
  profit: string;
  n: string;
  total: string;
  weighted: string;
  positive: string;
  top20: string;
};

/**
 * SQL of the pyramid's rows from ranked merchants `t` (a relation with tier, profit, rank `r` and
 * count `n`); the tier snapshot runs it over the rows it has just stored.
 */
export const PYRAMID_OF_T = `select tier, count(*)::text as count, sum(profit)::numeric(18,2)::text as profit,
                max(n)::text as n,
                (sum(sum(profit)) over ())::numeric(18,2)::text as total,
                (sum(sum((n - r + 1) * greatest(profit, 0))) over ())::numeric(30,2)::text as weighted,
                (sum(sum(greatest(profit, 0))) over ())::numeric(18,2)::text as positive,
                (sum(sum(profit) filter (where r * 5 <= n + 4)) over ())::numeric(18,2)::text as top20
         from t group by tier`;

/** The pyramid from its SQL rows: shares, and the Gini coefficient in exact integers. */
export function pyramidOf(label: string, scheme: TierScheme, rows: PyramidRow[]): PyramidResult {
  const n = Number(rows[0]?.n ?? 0);
  const total = fen(rows[0]?.total ?? '0');
  const share = (part: bigint) => (total === 0n ? 0 : Number(part) / Number(total));
  const byTier = new Map(rows.map((r) => [r.tier, r]));
  const tiers = scheme.tiers.map((t) => {
    const row = byTier.get(t.code);
    const profit = fen(row?.profit ?? '0');
    const count = Number(row?.count ?? 0);
    return {
      tier: t.code,
      zh: t.zh,
      en: t.en,
      merchantCount: count,
      countShare: n === 0 ? 0 : count / n,
      profit: row?.profit ?? '0.00',
      profitShare: share(profit),
    };
  });
  // Σ i·x_i and Σx in fen: both exact integers, divided once as in shared `gini`.
  const weighted = fen(rows[0]?.weighted ?? '0');
  const positive = fen(rows[0]?.positive ?? '0');
  const bn = BigInt(n);
  const gini = positive <= 0n ? 0 : Number(2n * weighted - (bn + 1n) * positive) / Number(bn * positive);
  return {
    period: label,
    merchantCount: n,
    totalProfit: rows[0]?.total ?? '0.00',
    tiers,
    gini,
    top20Share: share(fen(rows[0]?.top20 ?? '0')),
  };
}

/**
 * The Pareto curve sampled at `points` evenly spaced ranks (as shared `lorenzPoints`): the
 * cumulative profit share held by the top k merchants, k = round(i·n/points).
 */
export async function lorenzSql(em: EntityManager, period: Period, where: SqlWhere, points: number) {
  const read = analyticsSql(em);
  const { scheme, stored } = await rankingBasis(em, period, read, 'analytics');
  return lorenzCurves.through(answerKey(stored, scheme, where, points), async () =>
    lorenzFromRanking(read, rankedFrom(scheme, stored, period, where), points),
  );
}

async function lorenzFromRanking(read: SqlRows, ranked: { sql: string; params: unknown[] }, points: number) {
  const rows = await read<{ r: string; n: string; cum: string; total: string }>(
    `with t as (${ranked.sql}),
     c as (select r, n, sum(profit) over (order by r) as cum, sum(profit) over () as total from t)
     select c.r::text, c.n::text, c.cum::numeric(18,2)::text as cum, c.total::numeric(18,2)::text as total
     from c join generate_series(1, least(?::int, (select count(*) from t)::int)) i
       on c.r = round(i * c.n::numeric / least(?::int, c.n))
     order by c.r`,
    [...ranked.params, points, points],
  );
  const total = fen(rows[0]?.total);
  if (rows.length === 0 || total <= 0n)
    return [
      { merchantShare: 0, profitShare: 0 },
      { merchantShare: 1, profitShare: 1 },
    ];
  return [
    { merchantShare: 0, profitShare: 0 },
    ...rows.map((r) => ({
      merchantShare: Number(r.r) / Number(r.n),
      profitShare: Number(fen(r.cum)) / Number(total),
    })),
  ];
}
