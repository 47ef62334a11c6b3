import {
  auc,
  type DecileTable,
  decileTable,
  precisionAtTop,
  ruleSignal,
  scoreChurn,
} from '@cornerstone/shared/churn/index';
import { bgbbExpectedTransactions, bgbbPAlive } from '@cornerstone/shared/clv/index';
import { isValidDate, monthEnd, monthIndex } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, problemError } from '../platform/graphql/errors.ts';
import { CALIBRATION_MONTHS, fitMonths, type MonthSummary, monthSummary } from './bgbb-scores.ts';
import { trainChurnModel } from './churn.service.ts';
import { churnInputsAsOf } from './churn-inputs.ts';
import { churnLabels, DEFAULT_ACTIVE_MONTHS } from './churn-labels.ts';
import { monthlyActivity } from './monthly-activity.ts';

// The back-test (docs/clv.md): fit on the history up to DATE − N months, forecast the N months
// after, and hold the forecast against what happened — active months in total and by decile of
// forecast, and, for churn, how well three signals found the leavers: the model's P(alive), the
// rule (dormant 30 days, or volume down by half), and the churn score (its weights fitted on the
// window before the calibration's end, never on the holdout it is judged on).

export interface SignalFigures {
  key: 'pAlive' | 'rule' | 'score';
  auc: number;
  precisionTop5: number;
  precisionTop10: number;
}

export interface BacktestResult {
  asOf: string;
  holdoutMonths: number;
  activeMonths: number;
  /** The last day of the calibration: the forecast's as-of day. */
  calibrationEnd: string;
  /** Merchants active in the last `activeMonths` months of the calibration: the population judged. */
  merchants: number;
  /** Of them, with no active month in the holdout. */
  leavers: number;
  actual: number;
  predicted: number;
  deciles: DecileTable['rows'];
  signals: SignalFigures[];
  /** Whether the score's weights were fitted (else the rule-set weights stood in), and on what. */
  score: { fitted: boolean; trainedAsOf: string; trainedOn: number; leavers: number };
  bgBb: { alpha: number; beta: number; gamma: number; delta: number };
}

/** Runs the back-test as of `asOf` (its month is the holdout's last) and stores its result. */
export async function runBacktest(
  em: EntityManager,
  asOf: string,
  holdoutMonths: number,
  actor = 'system',
  activeMonths = DEFAULT_ACTIVE_MONTHS,
): Promise<BacktestResult & { id: number }> {
  if (!isValidDate(asOf)) throw problemError('asOf', 'date.invalid');
  for (const [field, n] of [
    ['holdoutMonths', holdoutMonths],
    ['activeMonths', activeMonths],
  ] as const)
    if (!Number.isInteger(n) || n < 1 || n > 12)
      throw new AppError('BAD_USER_INPUT', `${field}: must be a whole number from 1 to 12`, { field });
  const last = monthIndex(asOf);
  const calMonth = last - holdoutMonths;
  const calibrationEnd = monthEnd(calMonth);
  const activity = await monthlyActivity(em, asOf, CALIBRATION_MONTHS + holdoutMonths);
  const labels = churnLabels(activity, calMonth, holdoutMonths, activeMonths);
  const summaries = activity
    .map((a) => monthSummary(a, calMonth))
    .filter((s): s is MonthSummary => s !== null);
  const judged = summaries.filter((s) => labels.has(s.merchantId));
  const leavers = judged.filter((s) => labels.get(s.merchantId)!.left === 1).length;
  if (judged.length < 50 || leavers === 0 || leavers === judged.length)
    throw new AppError(
      'BAD_USER_INPUT',
      `asOf: ${judged.length} merchants active before ${calibrationEnd}, ${leavers} of them left; a back-test needs 50 and both kinds`,
      { field: 'asOf' },
    );
  const fit = fitMonths(summaries).params;
  const predicted = judged.map((s) => bgbbExpectedTransactions(fit, s.x, s.tx, s.n, holdoutMonths));
  const actualMonths = judged.map((s) => labels.get(s.merchantId)!.activeInHoldout);
  const table = decileTable(predicted, actualMonths);

  // The churn signals, each a score where higher means "more likely to leave".
  const y = judged.map((s) => labels.get(s.merchantId)!.left);
  const inputs = new Map((await churnInputsAsOf(em, calibrationEnd)).map((i) => [i.merchantId, i]));
  const trained = await trainChurnModel(em, calibrationEnd, holdoutMonths, activeMonths);
  const signal = (key: SignalFigures['key'], scores: number[]): SignalFigures => ({
    key,
    auc: auc(scores, y),
    precisionTop5: precisionAtTop(scores, y, 0.05),
    precisionTop10: precisionAtTop(scores, y, 0.1),
  });
  // A merchant judged has settled, so it has churn inputs unless it was terminated since; those
  // count as the most certain leavers to every signal alike.
  const inputOf = (id: number) => inputs.get(id);
  const signals = [
    signal(
      'pAlive',
      judged.map((s) => 1 - bgbbPAlive(fit, s.x, s.tx, s.n)),
    ),
    signal(
      'rule',
      judged.map((s) => {
        const i = inputOf(s.merchantId);
        return i ? ruleSignal(i) : 1;
      }),
    ),
    signal(
      'score',
      judged.map((s) => {
        const i = inputOf(s.merchantId);
        return i ? scoreChurn(trained.model, i).score : 1;
      }),
    ),
  ];
  const result: BacktestResult = {
    asOf,
    holdoutMonths,
    activeMonths,
    calibrationEnd,
    merchants: judged.length,
    leavers,
    actual: table.total.sumActual,
    predicted: table.total.sumPredicted,
    deciles: table.rows,
    signals,
    score: {
      fitted: trained.fitted,
      trainedAsOf: trained.trainedAsOf,
      trainedOn: trained.merchants,
      leavers: trained.leavers,
    },
    bgBb: { alpha: fit.alpha, beta: fit.beta, gamma: fit.gamma, delta: fit.delta },
  };
  const [row] = await em.execute<{ id: number }[]>(
    `insert into clv_backtest (as_of, holdout_months, result, computed_by) values (?, ?, ?::jsonb, ?) returning id`,
    [asOf, holdoutMonths, JSON.stringify(result), actor],
  );
  return { ...result, id: row!.id };
}
