import { isValidDate } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { problemError } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { scoreBgBb } from './bgbb-scores.ts';
import { scoreBgNbd } from './bgnbd-scores.ts';
import { type ChurnRunResult, computeChurn } from './churn.service.ts';
import { lastDayOfLastWholeMonth } from './monthly-activity.ts';

export type ClvModel = 'bgbb' | 'bgnbd';

export interface ClvRunResult {
  id: number;
  asOf: string;
  model: ClvModel;
  merchants: number;
  fittedOn: number;
  /** The fitted parameters, as stored in clv_run.params. */
  params: Record<string, unknown>;
  /** Merchants whose estimate fell back to an approximation. */
  approximated: number;
}

/**
 * Fits the model on the settlement history up to `asOf` and stores every merchant's estimate
 * (replacing the previous run's): BG/BB by calendar month by default (bgbb-scores.ts), BG/NBD by
 * active day on request. The as-of day defaults to the last day of the last whole month for BG/BB
 * (its as-of month is one opportunity, and a month just begun would look like a miss) and to today
 * for BG/NBD.
 */
export async function computeClv(
  em: EntityManager,
  asOf?: string,
  actor = 'system',
  model: ClvModel = 'bgbb',
): Promise<ClvRunResult> {
  const day = asOf ?? (model === 'bgbb' ? lastDayOfLastWholeMonth(businessToday()) : businessToday());
  if (!isValidDate(day)) throw problemError('asOf', 'date.invalid');
  const r = model === 'bgbb' ? await scoreBgBb(em, day) : await scoreBgNbd(em, day);
  const params = { ...r.params, approximated: r.approximated };
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [run] = await t.execute<{ id: number }[]>(
      `insert into clv_run (as_of, model, params, merchants, fitted_on, computed_by) values (?, ?, ?::jsonb, ?, ?, ?) returning id`,
      [day, model, JSON.stringify(params), r.scored.length, r.fittedOn, actor],
    );
    await t.execute('delete from merchant_clv');
    for (let i = 0; i < r.scored.length; i += 5000) {
      const batch = r.scored.slice(i, i + 5000).map((s) => ({
        merchant_id: s.merchantId,
        x: s.x,
        tx: s.tx,
        t_age: s.age,
        mean_profit: s.meanProfit.toFixed(2),
        expected_transactions: s.expectedTransactions,
        probability_alive: s.probabilityAlive,
        expected_value: s.expectedValue.toFixed(2),
        clv: s.clv.toFixed(2),
      }));
      await t.execute(
        `insert into merchant_clv (merchant_id, run_id, x, tx, t_age, mean_profit, expected_transactions, probability_alive, expected_value, clv)
         select merchant_id, ?, x, tx, t_age, mean_profit, expected_transactions, probability_alive, expected_value, clv
         from jsonb_to_recordset(?::jsonb) as r(merchant_id int, x int, tx int, t_age int, mean_profit numeric,
           expected_transactions float8, probability_alive float8, expected_value numeric, clv numeric)`,
        [run!.id, JSON.stringify(batch)],
      );
    }
    return {
      id: run!.id,
      asOf: day,
      model,
      merchants: r.scored.length,
      fittedOn: r.fittedOn,
      params,
      approximated: r.approximated,
    };
  });
}

/**
 * The value and the churn score together, on the same as-of day (value at risk multiplies them):
 * what `clv compute`, the `computeClv` mutation and the demo run.
 */
export async function computeValueAndRisk(
  em: EntityManager,
  asOf?: string,
  actor = 'system',
  model: ClvModel = 'bgbb',
): Promise<{ clv: ClvRunResult; churn: ChurnRunResult }> {
  const clv = await computeClv(em, asOf, actor, model);
  return { clv, churn: await computeChurn(em, clv.asOf, actor) };
}
