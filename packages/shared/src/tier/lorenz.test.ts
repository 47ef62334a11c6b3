import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini, lorenzPoints, topShare } from './lorenz.ts';

describe('lorenzPoints', () => {
  it('runs from (0,0) to (1,1), richest first', () => {
    expect(lorenzPoints([10n, 30n, 60n], 3)).toEqual([
      { merchantShare: 0, profitShare: 0 },
      { merchantShare: 1 / 3, profitShare: 0.6 },
      { merchantShare: 2 / 3, profitShare: 0.9 },
      { merchantShare: 1, profitShare: 1 },
    ]);
  });

  it('shows the hump of loss-making merchants above 1', () => {
    const pts = lorenzPoints([150n, -50n], 2);
    expect(pts.map((p) => p.profitShare)).toEqual([0, 1.5, 1]);
  });

  it('returns the end points when there is no profit to share', () => {
    expect(lorenzPoints([])).toHaveLength(2);
    expect(lorenzPoints([-5n, 0n])).toEqual([
      { merchantShare: 0, profitShare: 0 },
      { merchantShare: 1, profitShare: 1 },
    ]);
  });

  it('laws: samples at most points+1, ends at (1,1), x rises, concave for non-negative profits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 150 }),
        (profits, points) => {
          const pts = lorenzPoints(profits, points);
          const last = pts.at(-1);
          expect(pts.length).toBeLessThanOrEqual(points + 1);
          if (profits.some((p) => p > 0n)) expect(last).toEqual({ merchantShare: 1, profitShare: 1 });
          for (let i = 1; i < pts.length; i++) {
            const [a, b] = [pts[i - 1], pts[i]];
            expect(b?.merchantShare).toBeGreaterThan(a?.merchantShare ?? 0);
            // richest first: the curve lies on or above the diagonal
            expect((b?.profitShare ?? 0) + 1e-12).toBeGreaterThanOrEqual(b?.merchantShare ?? 0);
          }
        },
      ),
    );
  });
});

describe('gini', () => {
  it('is 0 for equal profits and 1 − 1/n when one merchant holds everything', () => {
    expect(gini([5n, 5n, 5n, 5n])).toBe(0);
    expect(gini([0n, 0n, 0n, 100n])).toBeCloseTo(0.75, 12);
    expect(gini([1n, 2n, 3n, 4n])).toBeCloseTo(0.25, 12);
  });

  it('counts losses as zero and is 0 without positive profit', () => {
    expect(gini([-100n, 0n, 0n, 100n])).toBeCloseTo(0.75, 12);
    expect(gini([])).toBe(0);
    expect(gini([-1n, -2n])).toBe(0);
  });

  it('stays within [0, 1) and ignores order and scale', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 9n }), { minLength: 1, maxLength: 200 }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (xs, k) => {
          const g = gini(xs);
          expect(g).toBeGreaterThanOrEqual(-1e-12);
          expect(g).toBeLessThan(1);
          expect(gini([...xs].reverse())).toBeCloseTo(g, 12);
          expect(gini(xs.map((x) => x * k))).toBeCloseTo(g, 9);
        },
      ),
    );
  });
});

describe('topShare', () => {
  it('gives the share of the top fraction of merchants', () => {
    const profits = [800n, 50n, 50n, 25n, 25n, 20n, 10n, 10n, 5n, 5n];
    expect(topShare(profits, 0.2)).toBeCloseTo(0.85, 12);
    expect(topShare(profits, 0.7)).toBeCloseTo(0.98, 12); // 7 merchants, not 8
    expect(topShare(profits, 1)).toBe(1);
    expect(topShare(profits, 0)).toBe(0);
    expect(topShare([3n, -1n], 0.5)).toBe(1.5);
    expect(topShare([], 0.2)).toBe(0);
    expect(() => topShare(profits, 1.2)).toThrow(RangeError);
  });
});
