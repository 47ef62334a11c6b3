// BG/NBD + Gamma-Gamma by active day (Fader, Hardie & Lee 2005), the first model: kept for comparison
// (`clv compute --model bgnbd`); merchants who settle almost daily make it fall back (docs/clv.md).
import {
  type BgNbdParams,
  type ClvEstimate,
  clv12m,
  expectedValue,
  fitBgNbd,
  type GammaGammaParams,
  probabilityAlive,
  type RfmSummary,
} from '@cornerstone/shared/clv/index';
import { addDays } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rowProfitSql } from '../settlement/row-rules.ts';
import { fitValueModel, type ModelScores, tooFew } from './model-scores.ts';

/** Settlement history read for the model: the two years before the as-of day (docs/clv.md). */
export const CALIBRATION_DAYS = 730;
/** The model is fitted on at most this many merchants (a deterministic sample by MID); all are scored. */
export const FIT_SAMPLE = 20_000;

interface Summary extends RfmSummary {
  merchantId: number;
}

/**
 * Each merchant's summary for the model: a transaction is a day with settlements; x = active days
 * after the first, tx = days from the first to the last, T = days from the first to the as-of day,
 * m = mean profit (yuan) of the repeat days.
 */
export async function summaries(em: EntityManager, asOf: string): Promise<Summary[]> {
  const rows = await em.execute<
    { merchant_id: number; n: number; tx: number; t_age: number; total: string; first_profit: string }[]
  >(
    `select merchant_id, count(*)::int as n, (max(settle_date) - min(settle_date))::int as tx,
            (?::date - min(settle_date))::int as t_age,
            sum(${rowProfitSql()})::text as total,
            ((array_agg(${rowProfitSql()} order by settle_date))[1])::text as first_profit
     from settlement where settle_date <= ?::date and settle_date > ?::date and txn_count > 0
     group by merchant_id`,
    [asOf, asOf, addDays(asOf, -CALIBRATION_DAYS)],
  );
  return rows
    .filter((r) => r.t_age > 0)
    .map((r) => {
      const x = r.n - 1;
      return {
        merchantId: r.merchant_id,
        x,
        tx: r.tx,
        T: r.t_age,
        m: x > 0 ? (Number(r.total) - Number(r.first_profit)) / x : 0,
      };
    });
}

/**
 * The estimate, or — where the model's series cannot be summed in double precision (extreme fitted
 * parameters, e.g. merchants active almost every day) — an approximation: the expected rate of an
 * active merchant, (r+x)/(α+T) per day, times P(alive) over the horizon, undiscounted. Counted in
 * the run as `approximated`.
 */
function estimate(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  s: RfmSummary,
): ClvEstimate & { approximated: boolean } {
  try {
    return { ...clv12m(bg, gg, s), approximated: false };
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    const alive = probabilityAlive(bg, s);
    const expectedTransactions = (alive * (bg.r + s.x) * 365) / (bg.alpha + s.T);
    const value = expectedValue(gg, s);
    const clv = expectedTransactions * value;
    return {
      expectedTransactions,
      expectedValue: value,
      clvUndiscounted: clv,
      clv,
      probabilityAlive: alive,
      approximated: true,
    };
  }
}

/** BG/NBD on active days (the first model, kept for comparison: `clv compute --model bgnbd`). */
export async function scoreBgNbd(em: EntityManager, asOf: string): Promise<ModelScores> {
  const all = await summaries(em, asOf);
  if (all.length < 50) throw tooFew(all.length, asOf);
  // A deterministic sample keeps the fit fast on a million merchants; everyone is scored.
  const step = Math.max(1, Math.ceil(all.length / FIT_SAMPLE));
  const sample = all.filter((_, i) => i % step === 0);
  const bgNbd = fitBgNbd(sample);
  const gammaGamma = fitValueModel(sample);
  let approximated = 0;
  const scored = all.map((s) => {
    const e = estimate(bgNbd, gammaGamma, s);
    if (e.approximated) approximated++;
    return {
      merchantId: s.merchantId,
      x: s.x,
      tx: s.tx,
      age: s.T,
      meanProfit: s.m,
      expectedTransactions: e.expectedTransactions,
      probabilityAlive: e.probabilityAlive,
      expectedValue: e.expectedValue,
      clv: e.clv,
    };
  });
  return { params: { bgNbd, gammaGamma }, fittedOn: sample.length, scored, approximated };
}
