import type { Period } from '@cornerstone/shared/period/period';
import type { TierCode } from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlWhere } from '../merchant/merchant.service.ts';
import { whereSql } from '../merchant/merchant.service.ts';
import { periodProfitSql } from '../settlement/profit.service.ts';
import { loadScheme, tierCaseSql } from './tier-level.ts';

// Numeric text with exactly 2 decimals (every query casts to numeric(…,2)) to fen, without bounds:
// Σ i·x_i over a million merchants exceeds what parseYuan accepts as an amount.
const fen = (s: string | undefined) => BigInt((s ?? '0.00').replace('.', ''));

export interface PyramidResult {
  period: string;
  merchantCount: number;
  totalProfit: string;
  tiers: { tier: TierCode; merchantCount: number; countShare: number; profit: string; profitShare: number }[];
  gini: number;
  top20Share: number;
}

/**
 * SQL of the ranked merchants of a scope (CONTRACT.md): merchants of the filter onboarded by the
 * period's end and not terminated, with their profit over the period (0 without settlements),
 * ranked highest first, ties by MID; `r` is the rank, `n` the count, `tier` the tier.
 */
export async function rankedSql(em: EntityManager, period: Period, where: SqlWhere) {
  const scheme = await loadScheme((sql) => em.execute(sql));
  const profit = periodProfitSql(period);
  const sql = `
    with scope as (
      select m.id, m.mid from merchant m
      where m.onboarded_on <= ?::date and m.status <> 'terminated' and ${whereSql(where)}
    ), ranked as (
      select s.id, s.mid, coalesce(p.profit, 0) as profit,
             row_number() over (order by coalesce(p.profit, 0) desc, s.mid collate "C" asc) as r,
             count(*) over () as n
      from scope s left join (${profit.sql}) p on p.merchant_id = s.id
    )
    select id, mid, profit, r, n, ${tierCaseSql(scheme)} as tier from ranked`;
  return { sql, params: [period.end, ...where.params, ...profit.params], scheme };
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
  const ranked = await rankedSql(em, period, where);
  const rows = await em.execute<
    {
      tier: TierCode | null;
      count: string;
      profit: string;
      n: string;
      total: string;
      weighted: string;
      positive: string;
      top20: string;
    }[]
  >(
    `with t as (${ranked.sql})
     select tier, count(*)::text as count, sum(profit)::numeric(18,2)::text as profit,
            max(n)::text as n,
            (sum(sum(profit)) over ())::numeric(18,2)::text as total,
            (sum(sum((n - r + 1) * greatest(profit, 0))) over ())::numeric(30,2)::text as weighted,
            (sum(sum(greatest(profit, 0))) over ())::numeric(18,2)::text as positive,
            (sum(sum(profit) filter (where r * 5 <= n + 4)) over ())::numeric(18,2)::text as top20
     from t group by tier`,
    ranked.params,
  );
  const n = Number(rows[0]?.n ?? 0);
  const total = fen(rows[0]?.total ?? '0');
  const share = (part: bigint) => (total === 0n ? 0 : Number(part) / Number(total));
  const byTier = new Map(rows.map((r) => [r.tier, r]));
  const tiers = ranked.scheme.tiers.map((t) => {
    const row = byTier.get(t.code);
    const profit = fen(row?.profit ?? '0');
    const count = Number(row?.count ?? 0);
    return {
      tier: t.code,
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
    period: period.label,
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
  const ranked = await rankedSql(em, period, where);
  const rows = await em.execute<{ r: string; n: string; cum: string; total: string }[]>(
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
