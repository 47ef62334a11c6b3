// Pure shaping of API data into chart inputs; the chart components only render what these return.
import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import type { TierCode } from '../../gql/graphql.ts';

export type Tier = TierCode;
/** Top of the pyramid first. */
export const TIERS: readonly Tier[] = TIER_CODES;

export interface TierRow {
  tier: Tier;
  merchantCount: number;
  countShare: number;
  profit: string;
  profitShare: number;
}

export interface TierFigures {
  tier: Tier;
  count: number;
  countShare: number;
  profit: string;
  profitShare: number;
}

/** The four tiers top first, each present even when the API left one out. */
export function tierFigures(tiers: readonly TierRow[]): TierFigures[] {
  return TIERS.map((tier) => {
    const row = tiers.find((r) => r.tier === tier);
    return {
      tier,
      count: row?.merchantCount ?? 0,
      countShare: row?.countShare ?? 0,
      profit: row?.profit ?? '0.00',
      profitShare: row?.profitShare ?? 0,
    };
  });
}

export interface PyramidStep {
  tier: Tier;
  /** Width of the step: rank position, so the pyramid keeps its shape (narrow top) whatever the counts. */
  value: number;
  count: number;
  share: number;
  name: string;
}

/** Funnel data for the merchant-count pyramid, top tier first; the label carries the real figures. */
export function buildCountPyramid(
  tiers: readonly TierRow[],
  label: (f: TierFigures) => string,
): PyramidStep[] {
  return tierFigures(tiers).map((f, i) => ({
    tier: f.tier,
    value: i + 1,
    count: f.count,
    share: f.countShare,
    name: label(f),
  }));
}

export interface ProfitBar {
  tier: Tier;
  /** Profit share in percent, one decimal; negative for a loss-making tier (drawn to the left). */
  value: number;
  profit: string;
  negative: boolean;
  text: string;
}

/**
 * Bars of the profit pyramid on the same rows as the count pyramid. ECharts draws the first
 * category at the bottom, so the rows come bottom first (SMALL … KEY) to put KEY on top.
 */
export function buildProfitBars(tiers: readonly TierRow[], label: (f: TierFigures) => string) {
  const bars: ProfitBar[] = tierFigures(tiers)
    .map((f) => ({
      tier: f.tier,
      value: Math.round(f.profitShare * 1000) / 10,
      profit: f.profit,
      negative: f.profitShare < 0,
      text: label(f),
    }))
    .reverse();
  const values = bars.map((b) => b.value);
  return {
    categories: bars.map((b) => b.tier),
    bars,
    // Room on the left only when something is negative; the axis always includes 0.
    min: Math.min(0, ...values),
    max: Math.max(0, ...values),
  };
}

/** Key-tier change against the previous period, or null when there is nothing to compare with. */
export function keyDelta(
  current: readonly TierRow[],
  previous: readonly TierRow[] | undefined,
): number | null {
  if (!previous) return null;
  const count = (rows: readonly TierRow[]) => rows.find((t) => t.tier === 'KEY')?.merchantCount ?? 0;
  return count(current) - count(previous);
}

/** The Lorenz/Pareto curve as [x%, y%] pairs, and the diagonal of perfect equality. */
export function buildLorenzSeries(points: readonly { merchantShare: number; profitShare: number }[]) {
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return {
    curve: points.map((p) => [pct(p.merchantShare), pct(p.profitShare)] as [number, number]),
    equality: [
      [0, 0],
      [100, 100],
    ] as [number, number][],
    // Losses make the curve rise above 100% before it comes back down to (100, 100).
    max: Math.max(100, Math.ceil(Math.max(0, ...points.map((p) => pct(p.profitShare))) / 10) * 10),
  };
}

/**
 * What is unusual in a Lorenz curve: it rises above 100% when some merchants lose money, since the
 * profitable ones then bring more than the total and the loss-makers take the curve back down to
 * 100%. Null when the curve stays at or below 100%; otherwise its peak, where it peaks, and the
 * tiers whose profit in sum is negative (the reader's first suspect, often the small tier).
 */
export function lorenzOvershoot(
  points: readonly { merchantShare: number; profitShare: number }[],
  tiers: readonly TierFigures[],
): { peak: number; at: number; losingTiers: TierFigures[] } | null {
  let top: { merchantShare: number; profitShare: number } | undefined;
  for (const p of points) if (!top || p.profitShare > top.profitShare) top = p;
  // Half a per mille of slack: the shares come rounded from the API.
  if (!top || top.profitShare <= 1.0005) return null;
  return {
    peak: top.profitShare,
    at: top.merchantShare,
    losingTiers: tiers.filter((t) => t.profit.trim().startsWith('-')),
  };
}

export interface MigrationCell {
  /** Null (or absent): the merchant is new in the later period. */
  fromTier?: Tier | null | undefined;
  /** Null (or absent): the merchant left by the later period. */
  toTier?: Tier | null | undefined;
  merchantCount: number;
}

/**
 * Heatmap input: rows = from-tier (plus "new"), columns = to-tier (plus "left"), every cell present.
 * The two periods may be cut by different tier schemes: rows are named by `fromLabel`.
 */
export function buildMigrationHeatmap(
  cells: readonly MigrationCell[],
  label: (t: Tier) => string,
  newLabel: string,
  leftLabel: string,
  fromLabel: (t: Tier) => string = label,
) {
  const from: (Tier | null)[] = [...TIERS, null];
  const to: (Tier | null)[] = [...TIERS, null];
  const data: [number, number, number][] = [];
  let max = 0;
  from.forEach((f, y) => {
    to.forEach((t, x) => {
      const n = cells.find((c) => (c.fromTier ?? null) === f && (c.toTier ?? null) === t)?.merchantCount ?? 0;
      max = Math.max(max, n);
      data.push([x, y, n]);
    });
  });
  return {
    xLabels: to.map((t) => (t ? label(t) : leftLabel)),
    yLabels: from.map((f) => (f ? fromLabel(f) : newLabel)),
    xTiers: to,
    yTiers: from,
    data,
    max,
  };
}

/**
 * Where a matrix cell clicks through to: the merchants of the cell's tier in the later period, or,
 * for merchants that left, their tier in the earlier one. Null for the empty new → left corner.
 */
export function migrationDrill(
  from: Tier | null,
  to: Tier | null,
  periods: { from: string; to: string },
): { tier: Tier; period: string } | null {
  if (to) return { tier: to, period: periods.to };
  if (from) return { tier: from, period: periods.from };
  return null;
}

/** The merchant-list link of a drill-down: the tier of a period within the explorer's scope. */
export function merchantListHref(
  drill: { tier: Tier; period: string },
  scope: { branch?: string | undefined; category?: string | undefined; manager?: string | undefined },
): string {
  const q = new URLSearchParams({ tier: drill.tier, period: drill.period });
  for (const key of ['branch', 'category', 'manager'] as const) {
    const v = scope[key];
    if (v) q.set(key, v);
  }
  return `/merchants?${q}`;
}
