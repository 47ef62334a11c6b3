import { describe, expect, it } from 'vitest';
import { CHURN_SIGNALS, type ChurnInputs, type ChurnSignalKey } from './churn-signals.ts';

const merchant: ChurnInputs = {
  daysSinceLastActive: 45,
  usualGapDays: 2,
  volumeLastMonth: 38_000,
  volumeMonthlyBefore: 100_000,
  openComplaints: 2,
  slaBreaches90d: 1,
  openFaults: 3,
  feeRateVsPeers: 12,
  terminalsRemoved90d: 1,
  daysSinceLastContact: 112,
};

const signal = (key: ChurnSignalKey) => CHURN_SIGNALS.find((s) => s.key === key)!;
const reason = (key: ChurnSignalKey, inputs: Partial<ChurnInputs> = {}) =>
  signal(key).reason({ ...merchant, ...inputs });

describe('churn signals', () => {
  it('have distinct keys and non-empty words in both languages, whatever the figures', () => {
    expect(new Set(CHURN_SIGNALS.map((s) => s.key)).size).toBe(CHURN_SIGNALS.length);
    const variants: Partial<ChurnInputs>[] = [
      {},
      {
        volumeLastMonth: 0,
        volumeMonthlyBefore: 0,
        daysSinceLastContact: null,
        feeRateVsPeers: -5,
        usualGapDays: 1,
      },
      { volumeLastMonth: 120_000, openComplaints: 0, feeRateVsPeers: 0, daysSinceLastActive: 1 },
    ];
    for (const v of variants) {
      for (const s of CHURN_SIGNALS) {
        const { zh, en } = s.reason({ ...merchant, ...v });
        expect(zh.trim()).not.toBe('');
        expect(en.trim()).not.toBe('');
        expect(Number.isFinite(s.feature({ ...merchant, ...v }))).toBe(true);
      }
    }
  });

  it('word each reason with the merchant’s own figures', () => {
    expect(reason('recency')).toEqual({
      zh: '已 45 天无交易（平时每 2 天一次）',
      en: 'No transactions for 45 days (usually every 2 days)',
    });
    expect(reason('recency', { daysSinceLastActive: 1, usualGapDays: 1 })).toEqual({
      zh: '已 1 天无交易（平时每天都有交易）',
      en: 'No transactions for 1 day (usually daily)',
    });
    expect(reason('volumeTrend')).toEqual({
      zh: '近 30 天交易额较此前三个月月均下降 62%',
      en: 'Volume of the last 30 days down 62% on the 3-month average before',
    });
    expect(reason('volumeTrend', { volumeLastMonth: 150_000 }).en).toBe(
      'Volume of the last 30 days up 50% on the 3-month average before',
    );
    expect(reason('volumeTrend', { volumeMonthlyBefore: 0 }).en).toBe('No volume in the 3 months before');
    expect(reason('openComplaints')).toEqual({ zh: '2 起未结投诉', en: '2 open complaints' });
    expect(reason('openComplaints', { openComplaints: 1 }).en).toBe('1 open complaint');
    expect(reason('slaBreaches')).toEqual({ zh: '近 90 天 1 次 SLA 超时', en: '1 SLA breach in 90 days' });
    expect(reason('openFaults')).toEqual({ zh: '3 个未结故障工单', en: '3 open fault tickets' });
    expect(reason('feeGap')).toEqual({ zh: '费率高于同行 0.12%', en: 'Fee rate 0.12% above peers' });
    expect(reason('feeGap', { feeRateVsPeers: -5 }).zh).toBe('费率低于同行 0.05%');
    expect(reason('terminalsRemoved')).toEqual({
      zh: '近 90 天撤机 1 台',
      en: '1 terminal removed in 90 days',
    });
    expect(reason('contactStaleness')).toEqual({ zh: '112 天未联系', en: 'No contact for 112 days' });
    expect(reason('contactStaleness', { daysSinceLastContact: null })).toEqual({
      zh: '从未联系',
      en: 'Never contacted',
    });
  });

  it('turn figures into features on the documented scales', () => {
    const f = (key: ChurnSignalKey, inputs: Partial<ChurnInputs> = {}) =>
      signal(key).feature({ ...merchant, ...inputs });
    expect(f('recency')).toBeCloseTo(Math.log(46 / 3), 12);
    expect(f('recency', { daysSinceLastActive: 2 })).toBe(0); // silent for exactly the usual gap
    expect(f('volumeTrend')).toBeLessThan(0);
    expect(f('volumeTrend', { volumeLastMonth: 0, volumeMonthlyBefore: 0 })).toBe(0);
    expect(f('volumeTrend', { volumeLastMonth: -500 })).toBeCloseTo(Math.log(1 / 100_001), 12); // refunds > sales
    expect(f('openComplaints')).toBeCloseTo(Math.log(3), 12);
    expect(f('feeGap')).toBe(12);
    // Never contacted counts as the cap, and so does anything longer.
    expect(f('contactStaleness', { daysSinceLastContact: null })).toBe(
      f('contactStaleness', { daysSinceLastContact: 9999 }),
    );
    expect(f('contactStaleness', { daysSinceLastContact: null })).toBeCloseTo(Math.log1p(365), 12);
  });

  it('refuse negative days and counts', () => {
    expect(() => signal('recency').feature({ ...merchant, daysSinceLastActive: -1 })).toThrow(RangeError);
    expect(() => signal('openFaults').feature({ ...merchant, openFaults: -2 })).toThrow(RangeError);
    expect(() => signal('feeGap').feature({ ...merchant, feeRateVsPeers: Number.NaN })).toThrow(RangeError);
  });
});
