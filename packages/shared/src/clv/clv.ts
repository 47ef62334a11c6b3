// Customer lifetime value over a horizon from BG/NBD (how many transactions) and Gamma-Gamma (what
// each is worth), docs/clv.md. For Cornerstone: expected profit, in yuan, from a merchant's active
// settlement days over the next 12 months — an estimate, never an amount booked.
import { type BgNbdParams, expectedTransactions, probabilityAlive, type RfmSummary } from './bg-nbd.ts';
import { expectedValue, type GammaGammaParams } from './gamma-gamma.ts';

export interface ClvOptions {
  /** Horizon in days (default 365). */
  horizonDays?: number;
  /** Annual discount rate, e.g. 0.1 for 10% a year (default 0.1; 0 for none). */
  annualDiscount?: number;
}

export interface ClvEstimate {
  /** Expected transactions (active settlement days) over the horizon, undiscounted. */
  expectedTransactions: number;
  /** Expected value per transaction (Gamma-Gamma). */
  expectedValue: number;
  /** expectedTransactions × expectedValue: expected value over the horizon, undiscounted. */
  clvUndiscounted: number;
  /** The same with each month's expected value discounted to today. */
  clv: number;
  /** P(alive) today (BG/NBD). */
  probabilityAlive: number;
}

const MONTH_DAYS = 365 / 12;

/**
 * Expected value of a customer over the next `horizonDays` (default 365) and its P(alive).
 * Discounting is monthly: the horizon is cut into months of 365/12 days (the last one possibly
 * shorter), the expected transactions of month k are E[Y(end_k)] − E[Y(end_{k−1})] (eq. 10), and
 * their value is discounted by (1 + annualDiscount)^(−end_k/365), i.e. as if paid at the end of the
 * month — slightly conservative. Value per transaction is the Gamma-Gamma conditional expectation
 * and is assumed independent of the transaction process, as both papers assume.
 */
export function clv12m(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  summary: RfmSummary,
  options: ClvOptions = {},
): ClvEstimate {
  const horizonDays = options.horizonDays ?? 365;
  const annualDiscount = options.annualDiscount ?? 0.1;
  if (!(horizonDays >= 0) || !(annualDiscount > -1)) {
    throw new RangeError(`clv12m: need horizonDays ≥ 0 and annualDiscount > −1`);
  }
  const value = expectedValue(gg, summary);
  let previousEnd = 0;
  let previousCumulative = 0;
  let discounted = 0;
  while (previousEnd < horizonDays) {
    // Snap to the horizon so 12 × 365/12 rounding cannot leave a sliver of a 13th month.
    const next = previousEnd + MONTH_DAYS;
    const end = next > horizonDays - 1e-9 ? horizonDays : next;
    const cumulative = expectedTransactions(bg, end, summary);
    discounted += (cumulative - previousCumulative) * (1 + annualDiscount) ** (-end / 365);
    previousEnd = end;
    previousCumulative = cumulative;
  }
  const transactions = previousCumulative;
  return {
    expectedTransactions: transactions,
    expectedValue: value,
    clvUndiscounted: transactions * value,
    clv: discounted * value,
    probabilityAlive: probabilityAlive(bg, summary),
  };
}
