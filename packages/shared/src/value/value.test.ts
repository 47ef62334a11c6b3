import { describe, expect, it } from 'vitest';
import { benchmark, median, percentileRank } from './benchmark.ts';
import { DEFAULT_PRODUCTS, effectiveTier, type MerchantProfile, recommend, sizeBand } from './recommend.ts';

const profile: MerchantProfile = {
  category: 'wholesale',
  tier: 'ORDINARY',
  potential: false,
  monthlyAmount: 300_000,
  tenureMonths: 24,
  status: 'active',
};
const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe('recommendations', () => {
  it('never recommends what the merchant holds', () => {
    const all = recommend(DEFAULT_PRODUCTS, profile, new Set(), new Map(), new Map(), '2026-11-29');
    expect(codes(all)).toContain('capped_plan');
    const held = recommend(
      DEFAULT_PRODUCTS,
      profile,
      new Set(['capped_plan']),
      new Map(),
      new Map(),
      '2026-11-29',
    );
    expect(codes(held)).not.toContain('capped_plan');
  });
  it('waits out the cool-down after a decline, not after an acceptance', () => {
    const declined = new Map([['e_invoice', { outcome: 'declined' as const, on: '2026-10-01' }]]);
    expect(
      codes(recommend(DEFAULT_PRODUCTS, profile, new Set(), declined, new Map(), '2026-11-29')),
    ).not.toContain('e_invoice');
    expect(
      codes(recommend(DEFAULT_PRODUCTS, profile, new Set(), declined, new Map(), '2026-12-30')),
    ).toContain('e_invoice');
  });
  it('follows the tier: the owner’s wealth products only for key customers (or one step below with potential)', () => {
    const key = { ...profile, tier: 'KEY' as const };
    expect(
      codes(recommend(DEFAULT_PRODUCTS, profile, new Set(), new Map(), new Map(), '2026-11-29')),
    ).not.toContain('owner_wealth');
    expect(codes(recommend(DEFAULT_PRODUCTS, key, new Set(), new Map(), new Map(), '2026-11-29'))).toContain(
      'owner_wealth',
    );
    expect(effectiveTier({ tier: 'SECONDARY', potential: true })).toBe('KEY');
  });
  it('ranks by fit and peer adoption, and says why in words', () => {
    const peers = new Map([['qr_acceptance', 0.8]]);
    const [first] = recommend(DEFAULT_PRODUCTS, profile, new Set(), new Map(), peers, '2026-11-29');
    expect(first!.code).toBe('qr_acceptance');
    expect(first!.score).toBeCloseTo(0.9);
    expect(first!.reasonsEn.at(-1)).toBe('80% of similar merchants use it');
    expect(first!.reasonsZh.at(-1)).toBe('同类商户中 80% 已使用');
    expect(sizeBand(300_000)).toBe(2);
  });
});

describe('peer benchmarks', () => {
  const peers = [
    { mid: 'a', amount: 100, count: 10, fee: 1, previousAmount: 50 },
    { mid: 'b', amount: 200, count: 10, fee: 3, previousAmount: 200 },
    { mid: 'c', amount: 300, count: 30, fee: 2, previousAmount: 0 },
    { mid: 'd', amount: 400, count: 20, fee: 6, previousAmount: 800 },
  ];
  it('ranks the merchant among the other peers', () => {
    const r = benchmark(peers[1]!, peers);
    expect(r.find((x) => x.metric === 'amount')).toEqual({
      metric: 'amount',
      value: 200,
      percentile: 1 / 3,
      peerMedian: 300,
    });
    expect(r.find((x) => x.metric === 'ticket')!.value).toBe(20);
    expect(r.find((x) => x.metric === 'growth')).toMatchObject({ value: 0, percentile: 1 / 2 });
    expect(r.find((x) => x.metric === 'feeRate')!.value).toBeCloseTo(0.015);
  });
  it('has no percentile without a value or peers', () => {
    expect(percentileRank(null, [1, 2])).toBeNull();
    expect(percentileRank(1, [null])).toBeNull();
    expect(median([3, null, 1, 2])).toBe(2);
  });
});
