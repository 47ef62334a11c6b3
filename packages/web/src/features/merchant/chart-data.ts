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

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '–';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

/** A change record's JSON `{field: {from, to}}` as rows; anything unreadable becomes one raw row. */
export function parseChanges(json: string): FieldChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return json ? [{ field: '', from: '', to: json }] : [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([field, change]) => {
    if (change && typeof change === 'object' && ('from' in change || 'to' in change)) {
      const c = change as { from?: unknown; to?: unknown };
      return { field, from: show(c.from), to: show(c.to) };
    }
    return { field, from: '–', to: show(change) };
  });
}
