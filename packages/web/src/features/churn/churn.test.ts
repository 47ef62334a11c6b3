import { describe, expect, it } from 'vitest';
import { isMessageKey, translate } from '../../lib/i18n.ts';
import {
  AT_RISK_ORDERS,
  atRiskOrder,
  bestSignal,
  buildCalibrationSeries,
  decileRows,
  decileTotals,
  formatAuc,
  orderSignals,
  reasonsByWeight,
  reasonText,
  SIGNAL_KEYS,
  scopeFieldsFor,
} from './churn.ts';

const DECILES = [
  { decile: 2, count: 10, sumPredicted: 15.04, sumActual: 14 },
  { decile: 1, count: 10, sumPredicted: 18.96, sumActual: 19 },
  { decile: 3, count: 5, sumPredicted: 3.3, sumActual: 0 },
];

describe('reasons', () => {
  const r = { key: 'recency', weight: 1.2, zh: '已 45 天无交易', en: 'No transactions for 45 days' };
  it('speaks the UI language', () => {
    expect(reasonText(r, 'zh')).toBe('已 45 天无交易');
    expect(reasonText(r, 'en')).toBe('No transactions for 45 days');
  });
  it('falls back to the other language only when one is empty', () => {
    expect(reasonText({ zh: '', en: 'Fee rate 0.10% above peers' }, 'zh')).toBe('Fee rate 0.10% above peers');
    expect(reasonText({ zh: '从未联系', en: '' }, 'en')).toBe('从未联系');
  });
  it('puts the heaviest first without touching the input', () => {
    const input = [
      { key: 'a', weight: 0.2 },
      { key: 'b', weight: 1.5 },
      { key: 'c', weight: 0.7 },
    ];
    expect(reasonsByWeight(input).map((x) => x.key)).toEqual(['b', 'c', 'a']);
    expect(input.map((x) => x.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('the list', () => {
  it('orders by value at risk unless the URL says score', () => {
    expect(atRiskOrder(undefined)).toBe('VALUE_AT_RISK');
    expect(atRiskOrder('SCORE')).toBe('SCORE');
    expect(atRiskOrder('score')).toBe('VALUE_AT_RISK');
  });
  it('offers the scope pickers each role may use', () => {
    expect(scopeFieldsFor('account_manager')).toEqual([]);
    expect(scopeFieldsFor('branch_manager')).toEqual(['manager']);
    expect(scopeFieldsFor('analyst')).toEqual(['branch', 'manager']);
    expect(scopeFieldsFor('admin')).toEqual(['branch', 'manager']);
  });
});

describe('the calibration chart', () => {
  it('puts the deciles in order, predicted beside actual, to one decimal', () => {
    const s = buildCalibrationSeries(DECILES);
    expect(s.categories).toEqual(['1', '2', '3']);
    expect(s.predicted).toEqual([19, 15, 3.3]);
    expect(s.actual).toEqual([19, 14, 0]);
  });
  it('draws nothing from no deciles', () => {
    expect(buildCalibrationSeries([])).toEqual({ categories: [], predicted: [], actual: [] });
  });
});

describe('the decile table', () => {
  it('gives the means per merchant, an empty decile as 0', () => {
    const rows = decileRows([...DECILES, { decile: 4, count: 0, sumPredicted: 0, sumActual: 0 }]);
    expect(rows.map((r) => r.decile)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.meanPredicted).toBeCloseTo(1.896, 6);
    expect(rows[2]!.meanActual).toBe(0);
    expect(rows[3]!.meanPredicted).toBe(0);
  });
  it('sums merchants and active months', () => {
    const t = decileTotals(DECILES);
    expect(t.count).toBe(25);
    expect(t.sumPredicted).toBeCloseTo(37.3, 9);
    expect(t.sumActual).toBe(33);
  });
});

describe('the signals', () => {
  it('names every signal and order in both languages', () => {
    const keys = [
      ...SIGNAL_KEYS.flatMap((k) => [`signal.${k}`, `signalHint.${k}`]),
      ...AT_RISK_ORDERS.map((o) => `atRiskOrder.${o}`),
    ];
    expect(keys.filter((k) => !isMessageKey(k))).toEqual([]);
    expect(translate('zh', 'signal.pAlive')).toBe('模型 P(alive)');
    expect(translate('zh', 'signal.rule')).toBe('现行规则');
    expect(translate('zh', 'signal.score')).toBe('流失评分');
  });
  it('lists the model, the rule and the score in that order', () => {
    const s = orderSignals([{ key: 'score' }, { key: 'other' }, { key: 'pAlive' }, { key: 'rule' }]);
    expect(s.map((x) => x.key)).toEqual(['pAlive', 'rule', 'score', 'other']);
  });
  it('shows an AUC to three decimals and none when it is unknown', () => {
    expect(formatAuc(0.71249)).toBe('0.712');
    expect(formatAuc(1)).toBe('1.000');
    expect(formatAuc(null)).toBe('–');
    expect(formatAuc(Number.NaN)).toBe('–');
  });
  it('names the signal with the highest AUC', () => {
    expect(
      bestSignal([
        { key: 'pAlive', auc: 0.66 },
        { key: 'rule', auc: null },
        { key: 'score', auc: 0.81 },
      ]),
    ).toBe('score');
    expect(bestSignal([{ key: 'rule', auc: null }])).toBeNull();
  });
});
