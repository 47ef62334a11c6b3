import { describe, expect, it } from 'vitest';
import {
  feeRateGap,
  feeRateGapWording,
  formatMetric,
  heldProducts,
  orderMetrics,
  percentileWording,
  productName,
  reasonsIn,
  standing,
  wholePercent,
} from './value.ts';

const catalogue = [
  { code: 'pos_loan', nameZh: 'POS 贷', nameEn: 'POS loan' },
  { code: 'capped_plan', nameZh: '封顶费率', nameEn: 'Capped plan' },
];

describe('recommendations', () => {
  it('names products and reasons in the UI language', () => {
    expect(productName(catalogue[0]!, 'zh')).toBe('POS 贷');
    expect(productName(catalogue[0]!, 'en')).toBe('POS loan');
    const r = { reasonsZh: ['月均交易额高'], reasonsEn: ['High monthly amount'] };
    expect(reasonsIn(r, 'zh')).toEqual(['月均交易额高']);
    expect(reasonsIn(r, 'en')).toEqual(['High monthly amount']);
    expect(reasonsIn({ reasonsZh: ['只有中文'], reasonsEn: [] }, 'en')).toEqual(['只有中文']);
  });
  it('lists held products by name in catalogue order, unknown codes as they are', () => {
    expect(heldProducts(['capped_plan', 'zzz', 'pos_loan'], catalogue, 'en')).toEqual([
      { code: 'pos_loan', name: 'POS loan' },
      { code: 'capped_plan', name: 'Capped plan' },
      { code: 'zzz', name: 'zzz' },
    ]);
    expect(heldProducts([], catalogue, 'zh')).toEqual([]);
  });
});

describe('the benchmark report', () => {
  it('words a percentile as the share of peers below', () => {
    expect(percentileWording(0.623, 'zh')).toBe('高于 62% 同业');
    expect(percentileWording(0.623, 'en')).toBe('above 62% of peers');
    expect(percentileWording(1, 'en')).toBe('above 100% of peers');
    expect(percentileWording(0, 'zh')).toBe('高于 0% 同业');
    expect(percentileWording(null, 'zh')).toBe('无可比同业数据');
    expect(percentileWording(undefined, 'en')).toBe('No peers to compare');
  });
  it('rounds and clamps shares to whole percentages', () => {
    expect(wholePercent(0.005)).toBe(1);
    expect(wholePercent(0.994)).toBe(99);
    expect(wholePercent(1.2)).toBe(100);
    expect(wholePercent(-0.1)).toBe(0);
    expect(wholePercent(null)).toBeNull();
    expect(wholePercent(Number.NaN)).toBeNull();
  });
  it('formats each metric: money, signed growth, fee rate', () => {
    expect(formatMetric('amount', 1234567.891, 'zh')).toBe('¥1,234,567.89');
    expect(formatMetric('ticket', 86.5, 'en')).toBe('¥86.50');
    expect(formatMetric('growth', 0.125, 'zh')).toBe('+12.5%');
    expect(formatMetric('growth', -0.05, 'en')).toBe('-5.0%');
    expect(formatMetric('growth', 0, 'en')).toBe('0.0%');
    expect(formatMetric('feeRate', 0.0055, 'zh')).toBe('0.55%');
    expect(formatMetric('feeRate', 0.00612345, 'en')).toBe('0.6123%');
    expect(formatMetric('amount', null, 'zh')).toBe('–');
  });
  it('compares the fee rate with the category in percentage points', () => {
    expect(feeRateGap(0.006, 0.0055)).toEqual({ points: 0.05, direction: 'above' });
    expect(feeRateGap(0.0038, 0.0055)).toEqual({ points: 0.17, direction: 'below' });
    expect(feeRateGap(0.0055, 0.0055)).toEqual({ points: 0, direction: 'equal' });
    expect(feeRateGap(null, 0.0055)).toBeNull();
    expect(feeRateGapWording(0.006, 0.0055, 'zh')).toBe('比本类别全公司平均高 0.05 个百分点');
    expect(feeRateGapWording(0.0038, 0.0055, 'en')).toBe(
      '0.17 percentage points below the category’s company-wide rate',
    );
    expect(feeRateGapWording(0.006, null, 'zh')).toBe('本期无可比费率');
  });
  it('keeps the report order and colours the standing (fee rate neutral)', () => {
    const shuffled = [
      { metric: 'feeRate' },
      { metric: 'growth' },
      { metric: 'amount' },
      { metric: 'ticket' },
    ];
    expect(orderMetrics(shuffled).map((m) => m.metric)).toEqual(['amount', 'ticket', 'growth', 'feeRate']);
    expect(standing('amount', 0.9)).toBe('#389e0d');
    expect(standing('amount', 0.1)).toBe('#cf1322');
    expect(standing('feeRate', 0.1)).toBe(standing('feeRate', 0.9));
    expect(standing('growth', null)).toBe('#d9d9d9');
  });
});
