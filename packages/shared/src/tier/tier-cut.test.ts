import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computePyramid,
  type MerchantProfit,
  rankMerchants,
  tierCutoffs,
  tierMigration,
} from './tier-cut.ts';
import { TIER_CODES, type TierCode } from './tier-scheme.ts';

const mid = (i: number): string => `1021000000${String(i).padStart(5, '0')}`;

const merchantsArb = fc
  .array(fc.bigInt({ min: -100_000n, max: 10_000_000n }), { minLength: 0, maxLength: 300 })
  .map((profits) => profits.map((profit, i): MerchantProfit => ({ mid: mid(i), profit })));

describe('rankMerchants', () => {
  it('ranks by profit, highest first, ties by MID ascending', () => {
    const ranked = rankMerchants([
      { mid: mid(3), profit: 100n },
      { mid: mid(1), profit: 100n },
      { mid: mid(2), profit: 500n },
      { mid: mid(0), profit: -5n },
    ]);
    expect(ranked.map((r) => [r.mid, r.rank])).toEqual([
      [mid(2), 1],
      [mid(1), 2],
      [mid(3), 3],
      [mid(0), 4],
    ]);
  });

  it('does not depend on input order', () => {
    fc.assert(
      fc.property(
        merchantsArb.chain((ms) =>
          fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length })),
        ),
        ([ms, shuffled]) => {
          expect(rankMerchants(shuffled)).toEqual(rankMerchants(ms));
        },
      ),
    );
  });

  it('breaks every tie by MID', () => {
    fc.assert(
      fc.property(merchantsArb, (ms) => {
        const ranked = rankMerchants(ms);
        return ranked.every((r, i) => {
          const next = ranked[i + 1];
          return !next || r.profit > next.profit || (r.profit === next.profit && r.mid < next.mid);
        });
      }),
    );
  });
});

describe('computePyramid', () => {
  it('reports all four tiers in order, even with no merchants', () => {
    const p = computePyramid([]);
    expect(p.merchantCount).toBe(0);
    expect(p.totalProfit).toBe(0n);
    expect(p.tiers.map((t) => [t.tier, t.merchantCount, t.countShare, t.profit, t.profitShare])).toEqual(
      TIER_CODES.map((t) => [t, 0, 0, 0n, 0]),
    );
  });

  it('builds the count pyramid against the profit pyramid', () => {
    // 10 merchants: rank 1..2 SECONDARY (≤ 20%), 3..5 ORDINARY, 6..10 SMALL; none reaches 1%.
    const ms = [900n, 500n, 300n, 100n, 100n, 50n, 30n, 10n, 10n, 0n].map((profit, i) => ({
      mid: mid(i),
      profit,
    }));
    const p = computePyramid(ms);
    expect(p.totalProfit).toBe(2000n);
    expect(p.tiers).toEqual([
      { tier: 'KEY', merchantCount: 0, countShare: 0, profit: 0n, profitShare: 0 },
      { tier: 'SECONDARY', merchantCount: 2, countShare: 0.2, profit: 1400n, profitShare: 0.7 },
      { tier: 'ORDINARY', merchantCount: 3, countShare: 0.3, profit: 500n, profitShare: 0.25 },
      { tier: 'SMALL', merchantCount: 5, countShare: 0.5, profit: 100n, profitShare: 0.05 },
    ]);
    expect(p.assignments.get(mid(0))).toBe('SECONDARY');
    expect(p.assignments.get(mid(9))).toBe('SMALL');
  });

  it('laws: counts sum to N, count shares and profit shares sum to 1, profits sum to the total', () => {
    fc.assert(
      fc.property(merchantsArb, (ms) => {
        const p = computePyramid(ms);
        const n = p.tiers.reduce((s, t) => s + t.merchantCount, 0);
        const countShare = p.tiers.reduce((s, t) => s + t.countShare, 0);
        const profit = p.tiers.reduce((s, t) => s + t.profit, 0n);
        const profitShare = p.tiers.reduce((s, t) => s + t.profitShare, 0);
        expect(n).toBe(ms.length);
        expect(p.assignments.size).toBe(ms.length);
        expect(profit).toBe(p.totalProfit);
        if (ms.length > 0) expect(countShare).toBeCloseTo(1, 9);
        if (p.totalProfit !== 0n) expect(profitShare).toBeCloseTo(1, 6);
      }),
    );
  });

  it("a merchant's tier never improves when only its profit falls", () => {
    fc.assert(
      fc.property(
        merchantsArb.filter((ms) => ms.length > 0),
        fc.nat(),
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        (ms, k, drop) => {
          const i = k % ms.length;
          const target = ms[i] as MerchantProfit;
          const before = computePyramid(ms).assignments.get(target.mid) as TierCode;
          const fallen = ms.map((m, j) => (j === i ? { ...m, profit: m.profit - drop } : m));
          const after = computePyramid(fallen).assignments.get(target.mid) as TierCode;
          return TIER_CODES.indexOf(after) >= TIER_CODES.indexOf(before);
        },
      ),
    );
  });

  it('gives tied merchants tiers in MID order', () => {
    const ms = Array.from({ length: 10 }, (_, i) => ({ mid: mid(9 - i), profit: 7n }));
    const p = computePyramid(ms);
    expect(p.assignments.get(mid(0))).toBe('SECONDARY');
    expect(p.assignments.get(mid(1))).toBe('SECONDARY');
    expect(p.assignments.get(mid(2))).toBe('ORDINARY');
  });
});

describe('tierCutoffs and tierMigration', () => {
  it('gives the lowest profit of each tier', () => {
    const ms = [900n, 500n, 300n, 100n, 90n, 50n, 30n, 10n, 10n, 0n].map((profit, i) => ({
      mid: mid(i),
      profit,
    }));
    const c = tierCutoffs(ms);
    expect([...c]).toEqual([
      ['KEY', null],
      ['SECONDARY', 500n],
      ['ORDINARY', 90n],
      ['SMALL', 0n],
    ]);
  });

  it('counts moves between snapshots, with entries and exits as null', () => {
    const from = new Map<string, TierCode>([
      ['a', 'KEY'],
      ['b', 'ORDINARY'],
      ['c', 'ORDINARY'],
      ['d', 'SMALL'],
    ]);
    const to = new Map<string, TierCode>([
      ['a', 'KEY'],
      ['b', 'SECONDARY'],
      ['c', 'SECONDARY'],
      ['e', 'SMALL'],
    ]);
    expect(tierMigration(from, to)).toEqual([
      { fromTier: 'KEY', toTier: 'KEY', merchantCount: 1 },
      { fromTier: 'ORDINARY', toTier: 'SECONDARY', merchantCount: 2 },
      { fromTier: 'SMALL', toTier: null, merchantCount: 1 },
      { fromTier: null, toTier: 'SMALL', merchantCount: 1 },
    ]);
  });
});
