import { describe, expect, it } from 'vitest';
import { buildTrendSeries } from './chart-data.ts';

describe('trend series', () => {
  it('orders months oldest first and marks each month with its tier', () => {
    const s = buildTrendSeries(
      [
        { month: '2026-10', txnAmount: '1200.50', profit: '-3.20' },
        { month: '2026-09', txnAmount: '1000.00', profit: '12.00' },
      ],
      [{ period: '2026-10', tier: 'SMALL' }],
    );
    expect(s.months).toEqual(['2026-09', '2026-10']);
    expect(s.amounts).toEqual([1000, 1200.5]);
    expect(s.profits).toEqual([12, -3.2]);
    expect(s.tiers).toEqual([null, 'SMALL']);
    expect(s.hasLoss).toBe(true);
  });
  it('copes with no months', () => {
    expect(buildTrendSeries([], []).months).toEqual([]);
  });
});
