// Pure shaping of a merchant's data for its page; components only render the results.
import type { TierCode } from '../../gql/graphql.ts';

export interface MonthPoint {
  month: string;
  txnAmount: string;
  profit: string;
}

/** The monthly amount/profit chart: months oldest first, yuan as numbers, and the tier of each month. */
export function buildTrendSeries(
  points: readonly MonthPoint[],
  tierHistory: readonly { period: string; tier: TierCode }[],
) {
  const sorted = [...points].sort((a, b) => a.month.localeCompare(b.month));
  const tierOf = new Map(tierHistory.map((h) => [h.period, h.tier]));
  return {
    months: sorted.map((p) => p.month),
    amounts: sorted.map((p) => Number(p.txnAmount)),
    profits: sorted.map((p) => Number(p.profit)),
    tiers: sorted.map((p) => tierOf.get(p.month) ?? null),
    hasLoss: sorted.some((p) => p.profit.startsWith('-')),
  };
}
