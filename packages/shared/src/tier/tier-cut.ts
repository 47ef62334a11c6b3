import type { Fen } from '../money/money.ts';
import { DEFAULT_SCHEME, type ShareScheme, type TierCode, tierOfRank } from './tier-scheme.ts';

/** A merchant's profit over a period, the input of ranking. */
export interface MerchantProfit {
  mid: string;
  profit: Fen;
}

/** A ranked merchant; `rank` is 1-based. */
export interface RankedMerchant extends MerchantProfit {
  rank: number;
}

/** One tier of a pyramid: the merchant-count side and the profit side. */
export interface PyramidTier {
  tier: TierCode;
  merchantCount: number;
  /** merchantCount / N, 0..1 (0 when N is 0). */
  countShare: number;
  profit: Fen;
  /** profit / totalProfit as a float (0 when the total is 0; can leave 0..1 when profits are negative). */
  profitShare: number;
}

/** The customer pyramid of a scope and period. */
export interface Pyramid {
  merchantCount: number;
  totalProfit: Fen;
  /** Every tier of the scheme, top first, including empty ones. */
  tiers: PyramidTier[];
  assignments: Map<string, TierCode>;
}

// Plain code-unit order, not localeCompare: MIDs are ASCII digits and SQL sorts them with COLLATE "C".
function compareRanking(a: MerchantProfit, b: MerchantProfit): number {
  if (a.profit !== b.profit) return a.profit > b.profit ? -1 : 1;
  return a.mid < b.mid ? -1 : a.mid > b.mid ? 1 : 0;
}

/** Ranks merchants by profit, highest first, ties by MID ascending. Returns a new array. */
export function rankMerchants(rows: readonly MerchantProfit[]): RankedMerchant[] {
  return [...rows].sort(compareRanking).map((r, i) => ({ mid: r.mid, profit: r.profit, rank: i + 1 }));
}

function share(part: bigint, total: bigint): number {
  return total === 0n ? 0 : Number(part) / Number(total);
}

/** Ranks the merchants and cuts them into the scheme's tiers, with count and profit per tier. */
export function computePyramid(
  rows: readonly MerchantProfit[],
  scheme: ShareScheme = DEFAULT_SCHEME,
): Pyramid {
  const ranked = rankMerchants(rows);
  const n = ranked.length;
  const counts = new Map<TierCode, number>(scheme.tiers.map((t) => [t.code, 0]));
  const profits = new Map<TierCode, Fen>(scheme.tiers.map((t) => [t.code, 0n]));
  const assignments = new Map<string, TierCode>();
  let totalProfit = 0n;
  for (const r of ranked) {
    const tier = tierOfRank(r.rank, n, scheme);
    assignments.set(r.mid, tier);
    counts.set(tier, (counts.get(tier) ?? 0) + 1);
    profits.set(tier, (profits.get(tier) ?? 0n) + r.profit);
    totalProfit += r.profit;
  }
  const tiers = scheme.tiers.map((t): PyramidTier => {
    const merchantCount = counts.get(t.code) ?? 0;
    const profit = profits.get(t.code) ?? 0n;
    return {
      tier: t.code,
      merchantCount,
      countShare: n === 0 ? 0 : merchantCount / n,
      profit,
      profitShare: share(profit, totalProfit),
    };
  });
  return { merchantCount: n, totalProfit, tiers, assignments };
}

/**
 * Profit of the lowest-ranked merchant in each tier (the tier's cut-off), null for an empty tier.
 * Feed the cut-off of the tier above into `upgradePotential`.
 */
export function tierCutoffs(
  rows: readonly MerchantProfit[],
  scheme: ShareScheme = DEFAULT_SCHEME,
): Map<TierCode, Fen | null> {
  const out = new Map<TierCode, Fen | null>(scheme.tiers.map((t) => [t.code, null]));
  const ranked = rankMerchants(rows);
  // Ranked highest first, so the last profit seen in a tier is its lowest.
  for (const r of ranked) out.set(tierOfRank(r.rank, ranked.length, scheme), r.profit);
  return out;
}

/** A from-tier × to-tier cell of a migration matrix; null means not ranked in that period. */
export interface MigrationCell {
  fromTier: TierCode | null;
  toTier: TierCode | null;
  merchantCount: number;
}

/**
 * Migration (升级/降级) between two snapshots: one cell per (from, to) pair that occurs,
 * in tier order with "not ranked" (null) last.
 */
export function tierMigration(
  from: ReadonlyMap<string, TierCode>,
  to: ReadonlyMap<string, TierCode>,
  scheme: ShareScheme = DEFAULT_SCHEME,
): MigrationCell[] {
  const key = (f: TierCode | null, t: TierCode | null): string => `${f ?? ''}|${t ?? ''}`;
  const counts = new Map<string, number>();
  const bump = (f: TierCode | null, t: TierCode | null): void => {
    counts.set(key(f, t), (counts.get(key(f, t)) ?? 0) + 1);
  };
  for (const [mid, f] of from) bump(f, to.get(mid) ?? null);
  for (const [mid, t] of to) if (!from.has(mid)) bump(null, t);
  const order: (TierCode | null)[] = [...scheme.tiers.map((t) => t.code), null];
  const cells: MigrationCell[] = [];
  for (const f of order) {
    for (const t of order) {
      const c = counts.get(key(f, t));
      if (c !== undefined) cells.push({ fromTier: f, toTier: t, merchantCount: c });
    }
  }
  return cells;
}
