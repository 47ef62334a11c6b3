// Pure shaping of API data into chart inputs; the chart components only render what these return.

export type Tier = 'KEY' | 'SECONDARY' | 'ORDINARY' | 'SMALL';
export const TIERS: readonly Tier[] = ['KEY', 'SECONDARY', 'ORDINARY', 'SMALL'];

export interface TierRow {
  tier: Tier;
  merchantCount: number;
  countShare: number;
  profit: string;
  profitShare: number;
}

/** Funnel data for the merchant-count pyramid: top tier first, so the narrow end is on top. */
export function buildCountPyramid(tiers: readonly TierRow[], label: (t: Tier) => string) {
  return TIERS.map((t, i) => {
    const row = tiers.find((r) => r.tier === t);
    // The funnel draws widths by value; rank position (not count) keeps the pyramid's shape even
    // when a tier is empty, and the label carries the real figures.
    return {
      name: label(t),
      tier: t,
      value: i + 1,
      count: row?.merchantCount ?? 0,
      share: row?.countShare ?? 0,
    };
  });
}

/** Bars of the profit pyramid on the same rows: length = profit share in %, losses to the left in red. */
export function buildProfitBars(tiers: readonly TierRow[], label: (t: Tier) => string) {
  const rows = TIERS.map((t) => tiers.find((r) => r.tier === t));
  return {
    // ECharts draws the first category at the bottom: reverse so KEY is on top, as in the pyramid.
    categories: TIERS.map(label).reverse(),
    values: rows
      .map((r, i) => ({
        value: Math.round((r?.profitShare ?? 0) * 1000) / 10,
        tier: TIERS[i]!,
        profit: r?.profit ?? '0.00',
        negative: (r?.profitShare ?? 0) < 0,
      }))
      .reverse(),
  };
}

/** Key-tier change against the previous period, signed: "+2", "-1", "0". */
export function keyDelta(current: readonly TierRow[], previous: readonly TierRow[] | undefined): string {
  if (!previous) return '–';
  const c = current.find((t) => t.tier === 'KEY')?.merchantCount ?? 0;
  const p = previous.find((t) => t.tier === 'KEY')?.merchantCount ?? 0;
  const d = c - p;
  return d > 0 ? `+${d}` : String(d);
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
  };
}

export interface MigrationCell {
  fromTier: Tier | null;
  toTier: Tier | null;
  merchantCount: number;
}

/** Heatmap input: rows = from-tier (plus "new"), columns = to-tier (plus "left"), every cell present. */
export function buildMigrationHeatmap(
  cells: readonly MigrationCell[],
  label: (t: Tier) => string,
  newLabel: string,
  leftLabel: string,
) {
  const from: (Tier | null)[] = [...TIERS, null];
  const to: (Tier | null)[] = [...TIERS, null];
  const data: [number, number, number][] = [];
  let max = 0;
  from.forEach((f, y) => {
    to.forEach((t, x) => {
      const n = cells.find((c) => c.fromTier === f && c.toTier === t)?.merchantCount ?? 0;
      max = Math.max(max, n);
      data.push([x, y, n]);
    });
  });
  return {
    xLabels: to.map((t) => (t ? label(t) : leftLabel)),
    yLabels: from.map((f) => (f ? label(f) : newLabel)),
    xTiers: to,
    yTiers: from,
    data,
    max,
  };
}
