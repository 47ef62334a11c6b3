import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignThresholdTier,
  CARD_LEVEL_SCHEME,
  DEFAULT_SCHEME,
  nextTierUp,
  type ShareScheme,
  shareSchemeProblems,
  TIER_CODES,
  tierOfRank,
} from './tier-scheme.ts';

describe('tierOfRank', () => {
  it('cuts 100 merchants 1 / 19 / 30 / 50', () => {
    const tiers = Array.from({ length: 100 }, (_, i) => tierOfRank(i + 1, 100));
    expect(tiers.filter((t) => t === 'KEY')).toHaveLength(1);
    expect(tiers.filter((t) => t === 'SECONDARY')).toHaveLength(19);
    expect(tiers.filter((t) => t === 'ORDINARY')).toHaveLength(30);
    expect(tiers.filter((t) => t === 'SMALL')).toHaveLength(50);
  });

  it('uses "first tier whose cumulative share ≥ r/N" exactly at the boundaries', () => {
    expect(tierOfRank(1, 1)).toBe('SMALL'); // 1/1 > 20%: a lone merchant is small
    expect(tierOfRank(1, 5)).toBe('SECONDARY'); // 1/5 = 20% exactly
    expect(tierOfRank(2, 5)).toBe('ORDINARY');
    expect(tierOfRank(1, 100)).toBe('KEY');
    expect(tierOfRank(2, 100)).toBe('SECONDARY');
    expect(tierOfRank(20, 100)).toBe('SECONDARY');
    expect(tierOfRank(21, 100)).toBe('ORDINARY');
    expect(tierOfRank(50, 100)).toBe('ORDINARY');
    expect(tierOfRank(51, 100)).toBe('SMALL');
    expect(tierOfRank(10, 1000)).toBe('KEY');
    expect(tierOfRank(11, 1000)).toBe('SECONDARY');
  });

  it('rejects ranks outside 1..N', () => {
    expect(() => tierOfRank(0, 5)).toThrow(RangeError);
    expect(() => tierOfRank(6, 5)).toThrow(RangeError);
    expect(() => tierOfRank(1.5, 5)).toThrow(RangeError);
  });

  it('never improves as rank worsens', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat(), (n, a, b) => {
        const [r1, r2] = [(a % n) + 1, (b % n) + 1].sort((x, y) => x - y) as [number, number];
        return TIER_CODES.indexOf(tierOfRank(r1, n)) <= TIER_CODES.indexOf(tierOfRank(r2, n));
      }),
    );
  });
});

describe('schemes', () => {
  it('the default scheme is valid; a broken one is reported', () => {
    expect(shareSchemeProblems(DEFAULT_SCHEME)).toEqual([]);
    const broken: ShareScheme = {
      kind: 'share',
      tiers: [
        { code: 'KEY', zh: '重要客户', en: 'Key', cumulativeBp: 2000 },
        { code: 'SMALL', zh: '小客户', en: 'Small', cumulativeBp: 1000 },
      ],
    };
    expect(shareSchemeProblems(broken)).toHaveLength(2);
  });

  it('knows the tier above', () => {
    expect(nextTierUp('ORDINARY')).toBe('SECONDARY');
    expect(nextTierUp('KEY')).toBeNull();
  });

  it('assigns card levels by threshold, the bottom level taking everyone else', () => {
    expect(assignThresholdTier(-5n, CARD_LEVEL_SCHEME)).toBe('SMALL');
    expect(assignThresholdTier(29_999_999n, CARD_LEVEL_SCHEME)).toBe('SMALL');
    expect(assignThresholdTier(30_000_000n)).toBe('ORDINARY');
    expect(assignThresholdTier(99_999_999n)).toBe('ORDINARY');
    expect(assignThresholdTier(100_000_000n)).toBe('SECONDARY');
    expect(assignThresholdTier(999_999_999n)).toBe('SECONDARY');
    expect(assignThresholdTier(1_000_000_000n)).toBe('KEY');
  });
});
