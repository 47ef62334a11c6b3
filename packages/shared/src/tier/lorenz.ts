import type { Fen } from '../money/money.ts';

/** A point of the Pareto curve: the top `merchantShare` of merchants hold `profitShare` of profit. */
export interface LorenzPoint {
  merchantShare: number;
  profitShare: number;
}

const byProfitDesc = (a: Fen, b: Fen): number => (a === b ? 0 : a > b ? -1 : 1);

/**
 * Pareto view of the profit distribution: merchants sorted by profit, highest first; each point is
 * (cumulative merchant share, cumulative profit share), from (0,0) to (1,1). Profits are taken as
 * they are, so with loss-making merchants the curve rises above 1 and comes back down to 1 — that
 * hump is the profit the tail destroys. Sampled at `points` evenly spaced merchant counts (default
 * 100, so a million merchants still give a chart-sized array). With total profit ≤ 0 shares are
 * undefined and only the two end points are returned.
 */
export function lorenzPoints(profitsFen: readonly Fen[], points = 100): LorenzPoint[] {
  const n = profitsFen.length;
  const sorted = [...profitsFen].sort(byProfitDesc);
  const total = sorted.reduce((s, x) => s + x, 0n);
  if (n === 0 || total <= 0n) {
    return [
      { merchantShare: 0, profitShare: 0 },
      { merchantShare: 1, profitShare: 1 },
    ];
  }
  const steps = Math.max(1, Math.min(n, Math.floor(points)));
  const out: LorenzPoint[] = [{ merchantShare: 0, profitShare: 0 }];
  let cum = 0n;
  let taken = 0;
  for (let i = 1; i <= steps; i++) {
    const upTo = Math.round((i * n) / steps);
    for (; taken < upTo; taken++) cum += sorted[taken] ?? 0n;
    out.push({ merchantShare: taken / n, profitShare: Number(cum) / Number(total) });
  }
  return out;
}

/**
 * Gini coefficient of the profit distribution, on values sorted ascending:
 * G = 2·Σ i·x_i / (n·Σx) − (n+1)/n, computed exactly in integers and converted once.
 * Loss-making merchants count as holding zero profit (negatives are clamped to 0) so G stays in
 * [0, 1 − 1/n] and reads as a concentration measure; the losses themselves show in the pyramid's
 * profit column and the Lorenz hump. Returns 0 when there is no positive profit.
 */
export function gini(profitsFen: readonly Fen[]): number {
  const xs = profitsFen.map((x) => (x < 0n ? 0n : x)).sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
  const n = BigInt(xs.length);
  let total = 0n;
  let weighted = 0n;
  xs.forEach((x, i) => {
    total += x;
    weighted += BigInt(i + 1) * x;
  });
  if (total <= 0n) return 0;
  // G = (2·Σ i·x_i − (n+1)·Σx) / (n·Σx): one exact numerator, one exact denominator.
  return Number(2n * weighted - (n + 1n) * total) / Number(n * total);
}

/**
 * Share of total profit held by the top `fraction` of merchants (by profit; the count is rounded up,
 * so the top 20% of 11 merchants is 3). Can exceed 1 when the rest lose money; 0 when total ≤ 0.
 */
export function topShare(profits: readonly Fen[], fraction: number): number {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction ${fraction} is not within 0..1`);
  const sorted = [...profits].sort(byProfitDesc);
  const total = sorted.reduce((s, x) => s + x, 0n);
  if (total <= 0n) return 0;
  // The epsilon keeps float noise (0.7 × 10 = 7.000000000000001) from adding a merchant.
  const k = Math.min(sorted.length, Math.ceil(fraction * sorted.length - 1e-9));
  const top = sorted.slice(0, k).reduce((s, x) => s + x, 0n);
  return Number(top) / Number(total);
}
