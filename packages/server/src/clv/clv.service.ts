import {
  type BgNbdFit,
  type BgNbdParams,
  type ClvEstimate,
  clv12m,
  expectedValue,
  fitBgNbd,
  fitGammaGamma,
  type GammaGammaFit,
  type GammaGammaParams,
  probabilityAlive,
  type RfmSummary,
  usableForGammaGamma,
} from '@cornerstone/shared/clv/index';
import { addDays, isValidDate } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, problemError } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { rowProfitSql } from '../settlement/row-rules.ts';

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

export interface ClvRunResult {
  id: number;
  asOf: string;
  merchants: number;
  fittedOn: number;
  bgNbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
  /** Merchants whose estimate fell back to the approximation (see `estimate`). */
  approximated: number;
}

/**
 * Fits the model on the settlement history up to `asOf` and stores every merchant's estimate:
 * expected active days and P(alive) (BG/NBD), expected profit per active day (Gamma-Gamma; loss-
 * making merchants keep their own mean), and the expected profit of the next 12 months.
 */
export async function computeClv(
  em: EntityManager,
  asOf = businessToday(),
  actor = 'system',
): Promise<ClvRunResult> {
  if (!isValidDate(asOf)) throw problemError('asOf', 'date.invalid');
  const all = await summaries(em, asOf);
  if (all.length < 50)
    throw new AppError(
      'BAD_USER_INPUT',
      `asOf: ${all.length} merchants with settlements before ${asOf}; the model needs 50`,
      {
        field: 'asOf',
      },
    );
  // A deterministic sample keeps the fit fast on a million merchants; everyone is scored.
  const step = Math.max(1, Math.ceil(all.length / FIT_SAMPLE));
  const sample = all.filter((_, i) => i % step === 0);
  const bgNbd = fitBgNbd(sample);
  const usable = sample.filter(usableForGammaGamma);
  if (usable.length < 20)
    throw new AppError(
      'BAD_USER_INPUT',
      'asOf: too few merchants with repeat profit to fit the value model',
      {
        field: 'asOf',
      },
    );
  const gammaGamma = fitGammaGamma(usable);
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [run] = await t.execute<{ id: number }[]>(
      `insert into clv_run (as_of, params, merchants, fitted_on, computed_by) values (?, ?::jsonb, ?, ?, ?) returning id`,
      [asOf, JSON.stringify({ bgNbd, gammaGamma }), all.length, sample.length, actor],
    );
    await t.execute('delete from merchant_clv');
    let approximated = 0;
    for (let i = 0; i < all.length; i += 5000) {
      const batch = all.slice(i, i + 5000).map((s) => {
        const e = estimate(bgNbd, gammaGamma, s);
        if (e.approximated) approximated++;
        return {
          merchant_id: s.merchantId,
          x: s.x,
          tx: s.tx,
          t_age: s.T,
          mean_profit: s.m.toFixed(2),
          expected_transactions: e.expectedTransactions,
          probability_alive: e.probabilityAlive,
          expected_value: e.expectedValue.toFixed(2),
          clv: e.clv.toFixed(2),
        };
      });
      await t.execute(
        `insert into merchant_clv (merchant_id, run_id, x, tx, t_age, mean_profit, expected_transactions, probability_alive, expected_value, clv)
         select merchant_id, ?, x, tx, t_age, mean_profit, expected_transactions, probability_alive, expected_value, clv
         from jsonb_to_recordset(?::jsonb) as r(merchant_id int, x int, tx int, t_age int, mean_profit numeric,
           expected_transactions float8, probability_alive float8, expected_value numeric, clv numeric)`,
        [run!.id, JSON.stringify(batch)],
      );
    }
    await t.execute(
      `update clv_run set params = params || jsonb_build_object('approximated', ?::int) where id = ?`,
      [approximated, run!.id],
    );
    return {
      id: run!.id,
      asOf,
      merchants: all.length,
      fittedOn: sample.length,
      bgNbd,
      gammaGamma,
      approximated,
    };
  });
}
