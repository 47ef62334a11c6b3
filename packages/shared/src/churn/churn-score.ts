// The churn score with reasons: a logistic model over the signals of
// churn-signals.ts, fitted on past leavers when there are enough of them, otherwise a hand-set
// fallback; and the current rule as a signal, so the back-test can put the two side by side.
import type { Fen } from '../money/money.ts';
import { addDays } from '../period/period.ts';
import { type ChurnRule, churnRisk, DEFAULT_CHURN_RULE } from '../tier/tier-potential.ts';
import { CHURN_SIGNALS, type ChurnInputs, type ChurnSignalKey } from './churn-signals.ts';
import {
  contributions,
  fitLogistic,
  type LogisticFit,
  type LogisticModel,
  predictLogistic,
} from './logistic.ts';

/** Feature names, in the order of churnFeatures and of a churn model's coefficients. */
export const CHURN_FEATURE_NAMES: readonly ChurnSignalKey[] = CHURN_SIGNALS.map((s) => s.key);

/** The feature vector of one merchant, in CHURN_SIGNALS order. */
export function churnFeatures(inputs: ChurnInputs): number[] {
  return CHURN_SIGNALS.map((s) => s.feature(inputs));
}

/**
 * Fewer leavers (or stayers) than this in the history and the score uses DEFAULT_CHURN_WEIGHTS:
 * with eight coefficients, a few dozen events is the usual floor for a logistic fit whose
 * coefficients mean anything (about ten events per coefficient is the common rule of thumb).
 */
export const MIN_LEAVERS_TO_FIT = 30;

/** A reason must lift the log-odds this much above the average merchant's (odds ×1.28) to be named. */
export const REASON_MIN_WEIGHT = 0.25;

/** At most this many reasons: a relationship manager acts on a few, not a list. */
export const MAX_REASONS = 3;

/**
 * Hand-set weights, used when the history has fewer than MIN_LEAVERS_TO_FIT leavers. Judgement, not
 * fitted: the score then ranks merchants but is not a calibrated probability. The reference
 * merchant (the means) trades at its usual rhythm with flat volume, no complaints, breaches, faults
 * or removals, pays the peer rate and was contacted 90 days ago; it scores σ(−3) ≈ 5%. sds are 1,
 * so each coefficient is per unit of its feature: e.g. silence at 3× the usual gap (log 3 ≈ 1.1)
 * adds 1.3 to the log-odds, halved volume (log ½ ≈ −0.69) adds 1.0, one open complaint 0.55,
 * 12 bp above peers 0.36, never contacted 0.42.
 */
export const DEFAULT_CHURN_WEIGHTS: LogisticModel = {
  intercept: -3,
  coefficients: [1.2, -1.5, 0.8, 0.8, 0.5, 0.03, 1.0, 0.3],
  means: [0, 0, 0, 0, 0, 0, 0, Math.log1p(90)],
  sds: [1, 1, 1, 1, 1, 1, 1, 1],
  featureNames: [...CHURN_FEATURE_NAMES],
};

export interface ChurnReason {
  key: ChurnSignalKey;
  /** This signal's contribution to the log-odds, above the average merchant's. */
  weight: number;
  zh: string;
  en: string;
}

export interface ChurnScore {
  /** Probability of leaving, 0..1 (a ranking only under DEFAULT_CHURN_WEIGHTS). */
  score: number;
  /** Up to MAX_REASONS signals with weight > REASON_MIN_WEIGHT, largest first; none for a healthy merchant. */
  reasons: ChurnReason[];
}

function assertChurnModel(model: LogisticModel): void {
  const names = model.featureNames;
  const ok =
    model.coefficients.length === CHURN_SIGNALS.length &&
    (names === undefined || names.every((name, j) => name === CHURN_FEATURE_NAMES[j]));
  // A model saved before a signal was added would silently weigh the wrong columns.
  if (!ok)
    throw new RangeError(`not a churn model: features ${names?.join(', ') ?? model.coefficients.length}`);
}

/** Score one merchant and say why, in both languages. */
export function scoreChurn(model: LogisticModel, inputs: ChurnInputs): ChurnScore {
  assertChurnModel(model);
  const x = churnFeatures(inputs);
  const terms = contributions(model, x);
  const reasons = CHURN_SIGNALS.map((signal, j) => ({ signal, weight: terms[j]! }))
    .filter((r) => r.weight > REASON_MIN_WEIGHT)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_REASONS)
    .map(({ signal, weight }) => ({ key: signal.key, weight, ...signal.reason(inputs) }));
  return { score: predictLogistic(model, x), reasons };
}

/** Fits the churn model on past merchants: label 1 = left within the horizon. See fitLogistic. */
export function fitChurnModel(
  inputs: readonly ChurnInputs[],
  labels: readonly (0 | 1)[],
  opts: { l2?: number; weights?: readonly number[] } = {},
): LogisticFit {
  return fitLogistic(inputs.map(churnFeatures), labels, { ...opts, featureNames: CHURN_FEATURE_NAMES });
}

/** The fitted model when both classes have MIN_LEAVERS_TO_FIT rows, else DEFAULT_CHURN_WEIGHTS. */
export function chooseChurnModel(
  inputs: readonly ChurnInputs[],
  labels: readonly (0 | 1)[],
): { model: LogisticModel; fitted: boolean } {
  const leavers = labels.filter((y) => y === 1).length;
  if (Math.min(leavers, labels.length - leavers) < MIN_LEAVERS_TO_FIT) {
    return { model: DEFAULT_CHURN_WEIGHTS, fitted: false };
  }
  return { model: fitChurnModel(inputs, labels), fitted: true };
}

// churnRisk reads dates; only the distance between them matters, so any fixed day serves as today.
const RULE_TODAY = '2000-01-01';
const toFen = (yuan: number): Fen => BigInt(Math.round(Math.max(0, yuan) * 100));

/**
 * The current rule (tier-potential's churnRisk) as a signal for the back-test: 0 when it flags
 * nothing, 0.5 for one reason (dormant or volume drop), 1 for both — so ≥ 0.5 is exactly "flagged",
 * and the grade only orders merchants the rule flags twice above those it flags once. The rule
 * compares this month with the trailing 3-month average, as ChurnInputs carry them.
 */
export function ruleSignal(inputs: ChurnInputs, rule: ChurnRule = DEFAULT_CHURN_RULE): number {
  const days = Math.round(inputs.daysSinceLastActive);
  if (!(days >= 0)) throw new RangeError(`ruleSignal: daysSinceLastActive must be ≥ 0 (${days})`);
  const reasons = churnRisk(
    {
      lastSettleDate: addDays(RULE_TODAY, -days),
      today: RULE_TODAY,
      monthVolume: toFen(inputs.volumeLastMonth),
      trailing3Avg: toFen(inputs.volumeMonthlyBefore),
    },
    rule,
  );
  return reasons.length / 2;
}
