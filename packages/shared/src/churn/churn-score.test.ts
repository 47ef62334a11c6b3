import { describe, expect, it } from 'vitest';
import { exponential, mulberry32, normal, type Uniform } from '../clv/random.ts';
import {
  CHURN_FEATURE_NAMES,
  chooseChurnModel,
  churnFeatures,
  DEFAULT_CHURN_WEIGHTS,
  fitChurnModel,
  MAX_REASONS,
  ruleSignal,
  scoreChurn,
} from './churn-score.ts';
import type { ChurnInputs } from './churn-signals.ts';
import { auc } from './metrics.ts';

// The default model's reference merchant: every feature at its mean, so every contribution is 0.
const average: ChurnInputs = {
  daysSinceLastActive: 3,
  usualGapDays: 3,
  volumeLastMonth: 50_000,
  volumeMonthlyBefore: 50_000,
  openComplaints: 0,
  slaBreaches90d: 0,
  openFaults: 0,
  feeRateVsPeers: 0,
  terminalsRemoved90d: 0,
  daysSinceLastContact: 90,
};

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// A population whose leaving depends on silence against the merchant's own rhythm and on the volume
// trend only; gaps range from daily to monthly, so the rule's absolute 30 days misjudges many.
function simulate(u: Uniform, n: number): { inputs: ChurnInputs[]; labels: (0 | 1)[] } {
  const inputs: ChurnInputs[] = [];
  const labels: (0 | 1)[] = [];
  for (let i = 0; i < n; i++) {
    const usualGapDays = Math.round(1 + exponential(u, 1 / 6));
    const daysSinceLastActive = Math.round(usualGapDays * Math.exp(0.9 * normal(u)));
    const volumeMonthlyBefore = 10_000 + exponential(u, 1 / 80_000);
    const volumeLastMonth = volumeMonthlyBefore * Math.exp(0.5 * normal(u));
    const m: ChurnInputs = {
      daysSinceLastActive,
      usualGapDays,
      volumeLastMonth,
      volumeMonthlyBefore,
      openComplaints: Math.floor(exponential(u, 2)),
      slaBreaches90d: Math.floor(exponential(u, 3)),
      openFaults: Math.floor(exponential(u, 2)),
      feeRateVsPeers: Math.round(10 * normal(u)),
      terminalsRemoved90d: Math.floor(exponential(u, 4)),
      daysSinceLastContact: u() < 0.1 ? null : Math.round(exponential(u, 1 / 60)),
    };
    const eta =
      -2.5 +
      1.5 * Math.log((1 + daysSinceLastActive) / (1 + usualGapDays)) -
      1.2 * Math.log((1 + volumeLastMonth) / (1 + volumeMonthlyBefore));
    inputs.push(m);
    labels.push(u() < sigmoid(eta) ? 1 : 0);
  }
  return { inputs, labels };
}

describe('scoreChurn', () => {
  it('gives the average merchant its base score and no reasons', () => {
    const s = scoreChurn(DEFAULT_CHURN_WEIGHTS, average);
    expect(s.score).toBeCloseTo(sigmoid(-3), 12);
    expect(s.reasons).toEqual([]);
  });

  it('names a long silence as the one reason when nothing else is wrong', () => {
    const s = scoreChurn(DEFAULT_CHURN_WEIGHTS, { ...average, daysSinceLastActive: 45, usualGapDays: 2 });
    expect(s.reasons.map((r) => r.key)).toEqual(['recency']);
    expect(s.reasons[0]!.zh).toBe('已 45 天无交易（平时每 2 天一次）');
    expect(s.reasons[0]!.weight).toBeCloseTo(1.2 * Math.log(46 / 3), 12);
    expect(s.score).toBeGreaterThan(scoreChurn(DEFAULT_CHURN_WEIGHTS, average).score);
  });

  it('orders reasons by weight and keeps at most three', () => {
    const s = scoreChurn(DEFAULT_CHURN_WEIGHTS, {
      ...average,
      daysSinceLastActive: 60, // 1.2·log(61/4) ≈ 3.3
      volumeLastMonth: 5_000, // −1.5·log(5001/50001) ≈ 3.5
      openComplaints: 3, // 0.8·log 4 ≈ 1.1
      terminalsRemoved90d: 2, // 1.0·log 3 ≈ 1.1
      feeRateVsPeers: 20, // 0.6
    });
    expect(s.reasons.map((r) => r.key)).toEqual(['volumeTrend', 'recency', 'openComplaints']);
    expect(s.reasons).toHaveLength(MAX_REASONS);
    const weights = s.reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('refuses a model whose features are not the churn signals', () => {
    expect(() => scoreChurn({ ...DEFAULT_CHURN_WEIGHTS, coefficients: [1, 2] }, average)).toThrow(RangeError);
    const renamed = { ...DEFAULT_CHURN_WEIGHTS, featureNames: [...CHURN_FEATURE_NAMES].reverse() };
    expect(() => scoreChurn(renamed, average)).toThrow(RangeError);
  });
});

describe('ruleSignal', () => {
  it('grades the current rule: 0 none, ½ dormant or volume halved, 1 both', () => {
    expect(ruleSignal(average)).toBe(0);
    expect(ruleSignal({ ...average, daysSinceLastActive: 30 })).toBe(0.5);
    expect(ruleSignal({ ...average, daysSinceLastActive: 29 })).toBe(0);
    expect(ruleSignal({ ...average, volumeLastMonth: 25_000 })).toBe(0.5);
    expect(ruleSignal({ ...average, volumeLastMonth: 25_001 })).toBe(0);
    expect(ruleSignal({ ...average, daysSinceLastActive: 40, volumeLastMonth: 0 })).toBe(1);
    expect(ruleSignal({ ...average, daysSinceLastActive: 40 }, { dormantDays: 60, dropBp: 5_000 })).toBe(0);
  });
});

describe('fitChurnModel', () => {
  // Seeds 1–10 were run while writing this test: the fitted model's hold-out AUC was 0.78–0.82 and
  // the rule's 0.60–0.63, so the margin of 0.1 asserted below is not a lucky draw.
  it('ranks leavers better than the rule on a population where recency and volume drive churn', () => {
    const u = mulberry32(1);
    const train = simulate(u, 4000);
    const test = simulate(u, 4000);
    const model = fitChurnModel(train.inputs, train.labels);
    expect(model.converged).toBe(true);
    expect(model.featureNames).toEqual([...CHURN_FEATURE_NAMES]);
    const modelAuc = auc(
      test.inputs.map((m) => scoreChurn(model, m).score),
      test.labels,
    );
    const ruleAuc = auc(
      test.inputs.map((m) => ruleSignal(m)),
      test.labels,
    );
    expect(modelAuc).toBeGreaterThan(ruleAuc + 0.1);
    // The two signals that drive churn carry the largest standardised coefficients.
    const byMagnitude = CHURN_FEATURE_NAMES.map((k, j) => ({ k, b: Math.abs(model.coefficients[j]!) })).sort(
      (a, b) => b.b - a.b,
    );
    expect(new Set(byMagnitude.slice(0, 2).map((x) => x.k))).toEqual(new Set(['recency', 'volumeTrend']));
  });

  it('falls back to the default weights with fewer than 30 leavers', () => {
    const u = mulberry32(2);
    const { inputs } = simulate(u, 200);
    const labels = inputs.map((_, i) => (i < 29 ? 1 : 0)) as (0 | 1)[];
    expect(chooseChurnModel(inputs, labels)).toEqual({ model: DEFAULT_CHURN_WEIGHTS, fitted: false });
    labels[29] = 1;
    expect(chooseChurnModel(inputs, labels).fitted).toBe(true);
  });

  it('builds the feature vector in signal order', () => {
    expect(churnFeatures(average)).toHaveLength(CHURN_FEATURE_NAMES.length);
    expect(churnFeatures(average)).toEqual(DEFAULT_CHURN_WEIGHTS.means);
  });
});
