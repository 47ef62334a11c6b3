import type { MonthlyActivity } from './monthly-activity.ts';

// Who counts as a leaver (docs/clv.md, adjustable with `--active-months`): a merchant active in at
// least one of the last `activeMonths` months up to the window's start, and in none of the
// `holdoutMonths` months after it. Merchants silent before the window are left out of both
// classes: they had gone already, and counting them would reward any signal for finding the dead.

/** Months of activity before the window that make a merchant one who could still leave. */
export const DEFAULT_ACTIVE_MONTHS = 3;

export interface ChurnLabel {
  merchantId: number;
  /** 1: no active month in the holdout. */
  left: 0 | 1;
  /** Active months in the holdout. */
  activeInHoldout: number;
}

/**
 * The label of every merchant of `activity` that was active in the `activeMonths` months ending with
 * month `lastMonth`, from its months in (lastMonth, lastMonth + holdoutMonths].
 */
export function churnLabels(
  activity: readonly MonthlyActivity[],
  lastMonth: number,
  holdoutMonths: number,
  activeMonths = DEFAULT_ACTIVE_MONTHS,
): Map<number, ChurnLabel> {
  const labels = new Map<number, ChurnLabel>();
  for (const a of activity) {
    const before = a.months.some((m) => m <= lastMonth && m > lastMonth - activeMonths);
    if (!before) continue;
    const after = a.months.filter((m) => m > lastMonth && m <= lastMonth + holdoutMonths).length;
    labels.set(a.merchantId, { merchantId: a.merchantId, left: after === 0 ? 1 : 0, activeInHoldout: after });
  }
  return labels;
}
