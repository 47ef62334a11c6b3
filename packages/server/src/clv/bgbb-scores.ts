// BG/BB + Gamma-Gamma by calendar month (Fader, Hardie & Shang 2010), the default lifetime-value
// model: merchants settle nearly every day, so "was the merchant active this month" is the event
// that carries information, and the discrete-time model stays finite where BG/NBD did not.
import {
  type BgBbParams,
  bgbbExpectedTransactions,
  bgbbExpectedTransactionsNew,
  bgbbPAlive,
  bgbbSummary,
  expectedValue,
  fitBgBb,
  type GammaGammaParams,
  populationMeanValue,
  type RfmSummary,
} from '@cornerstone/shared/clv/index';
import { monthIndex } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fitValueModel, type ModelScores, type ScoredMerchant, tooFew } from './model-scores.ts';
import { type MonthlyActivity, monthlyActivity } from './monthly-activity.ts';

/** Calendar months of history the model reads: the two years up to the as-of day's month. */
export const CALIBRATION_MONTHS = 24;
/** The horizon of the value: the next 12 months. */
export const HORIZON_MONTHS = 12;
/** Each month's expected profit is discounted to the as-of day at 10% a year, as BG/NBD's (clv.ts). */
export const ANNUAL_DISCOUNT = 0.1;

/** A merchant's BG/BB history and Gamma-Gamma inputs at the month with index `lastMonth`. */
export interface MonthSummary extends RfmSummary {
  merchantId: number;
  /** Opportunities: whole months after the first active one, up to the last month. */
  n: number;
}

/**
 * The model's view of a merchant whose active months are `a.months`, observed up to `lastMonth`
 * (only months ≤ lastMonth count): x, tx, n by `bgbbSummary`; m the mean profit of the repeat
 * active months (the first month is the birth, as Gamma-Gamma leaves out the first purchase).
 */
export function monthSummary(a: MonthlyActivity, lastMonth: number): MonthSummary | null {
  const k = a.months.findLastIndex((m) => m <= lastMonth);
  if (k < 0) return null;
  const months = a.months.slice(0, k + 1);
  const s = bgbbSummary(months, lastMonth);
  const repeat = a.profits.slice(1, k + 1);
  const m = repeat.length > 0 ? repeat.reduce((x, y) => x + y, 0) / repeat.length : 0;
  return { merchantId: a.merchantId, x: s.x, tx: s.tx, n: s.n, T: s.n, m };
}

/** BG/BB fitted on every history (grouped by identical (x, tx, n): a million merchants are a few hundred chains). */
export function fitMonths(summaries: readonly MonthSummary[]) {
  return fitBgBb(summaries.map((s) => ({ x: s.x, tx: s.tx, n: s.n })));
}

/**
 * Expected profit of the next `HORIZON_MONTHS` months, each month's expected activity (the
 * difference of eq. 13 at k and k−1) times the value per active month, discounted monthly.
 */
export function monthlyClv(bb: BgBbParams, gg: GammaGammaParams, s: MonthSummary) {
  const value = expectedValue(gg, s);
  let previous = 0;
  let discounted = 0;
  for (let k = 1; k <= HORIZON_MONTHS; k++) {
    const cumulative = bgbbExpectedTransactions(bb, s.x, s.tx, s.n, k);
    discounted += (cumulative - previous) * (1 + ANNUAL_DISCOUNT) ** (-k / 12);
    previous = cumulative;
  }
  return {
    expectedTransactions: previous,
    expectedValue: value,
    clv: discounted * value,
    probabilityAlive: bgbbPAlive(bb, s.x, s.tx, s.n),
  };
}

/** Fits BG/BB and Gamma-Gamma on the months up to `asOf` and scores every merchant active in them. */
export async function scoreBgBb(em: EntityManager, asOf: string): Promise<ModelScores> {
  const last = monthIndex(asOf);
  const activity = await monthlyActivity(em, asOf, CALIBRATION_MONTHS);
  const all = activity.map((a) => monthSummary(a, last)).filter((s): s is MonthSummary => s !== null);
  if (all.length < 50) throw tooFew(all.length, asOf);
  const fit = fitMonths(all);
  const gammaGamma = fitValueModel(all);
  let approximated = 0;
  const scored = all.map((s): ScoredMerchant => {
    const e = monthlyClv(fit.params, gammaGamma, s);
    const base = { merchantId: s.merchantId, x: s.x, tx: s.tx, age: s.n, meanProfit: s.m };
    // Closed forms in log space stay finite within the fit's search box; should one not, the
    // merchant gets a new merchant's expectation (counted) rather than a NaN in a sortable column.
    if (![e.clv, e.expectedTransactions, e.probabilityAlive].every(Number.isFinite)) {
      approximated++;
      const expected = bgbbExpectedTransactionsNew(fit.params, HORIZON_MONTHS);
      const value = populationMeanValue(gammaGamma);
      return {
        ...base,
        expectedTransactions: expected,
        probabilityAlive: 1,
        expectedValue: value,
        clv: expected * value,
      };
    }
    return { ...base, ...e };
  });
  return {
    params: {
      bgBb: {
        ...fit.params,
        logLikelihood: fit.logLikelihood,
        converged: fit.converged,
        atBound: fit.atBound,
      },
      gammaGamma,
    },
    fittedOn: all.length,
    scored,
    approximated,
  };
}
