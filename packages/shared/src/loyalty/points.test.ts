import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POINTS_RULES, type PointsRule, pointsBetween, pointsForTotals, ruleFor } from './points.ts';

describe('ruleFor', () => {
  const at = '2026-10-08';
  it.each([
    [{ category: 'dining', feePlan: 'rate', rate: 12500n, cap: null }, 'dining-rate'],
    [{ category: 'general', feePlan: 'rate', rate: 7800n, cap: null }, 'general-rate-small-discount'],
    [{ category: 'general', feePlan: 'rate', rate: 7001n, cap: null }, 'general-rate-small-discount'],
    [{ category: 'general', feePlan: 'rate', rate: 7000n, cap: null }, 'general-rate-large-discount'],
    [{ category: 'wholesale', feePlan: 'capped', rate: 7800n, cap: 2600n }, 'capped-26'],
    [{ category: 'general', feePlan: 'capped', rate: 7800n, cap: 3000n }, 'capped-30'],
    [{ category: 'dining', feePlan: 'capped', rate: 12500n, cap: 3500n }, 'capped-35'],
    [{ category: 'general', feePlan: 'capped', rate: 7800n, cap: 4000n }, 'capped-40'],
    [{ category: 'livelihood', feePlan: 'rate', rate: 3800n, cap: null }, 'livelihood-rate'],
    [{ category: 'auto_realty', feePlan: 'capped', rate: 12500n, cap: 8000n }, null],
    [{ category: 'public_welfare', feePlan: 'rate', rate: 1000n, cap: null }, null],
  ] as const)('case %# → %s', (merchant, id) => {
    expect(ruleFor(merchant, at)?.id ?? null).toBe(id);
  });

  it('respects validity dates, both ends inclusive', () => {
    const rules: PointsRule[] = [
      {
        id: 'old',
        match: { feePlan: 'rate' },
        amountThreshold: 100n,
        cappedCountN: null,
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
      },
      {
        id: 'new',
        match: { feePlan: 'rate' },
        amountThreshold: 200n,
        cappedCountN: null,
        validFrom: '2026-01-01',
        validTo: null,
      },
    ];
    const m = { category: 'general', feePlan: 'rate', rate: 7800n, cap: null } as const;
    expect(ruleFor(m, '2024-12-31', rules)).toBeNull();
    expect(ruleFor(m, '2025-12-31', rules)?.id).toBe('old');
    expect(ruleFor(m, '2026-01-01', rules)?.id).toBe('new');
  });

  it('the default table has the seed values', () => {
    expect(DEFAULT_POINTS_RULES.map((r) => [r.amountThreshold, r.cappedCountN])).toEqual([
      [1_000_000n, null],
      [1_000_000n, null],
      [1_500_000n, null],
      [2_500_000n, 15],
      [2_500_000n, 7],
      [2_500_000n, 5],
      [2_500_000n, 3],
      [6_000_000n, null],
    ]);
  });
});

describe('pointsBetween', () => {
  it('carries remainders: two days of ¥6,000 at ¥10,000 earn 0 then 1', () => {
    const t = 1_000_000n;
    expect(pointsBetween(0n, 600_000n, t)).toBe(0n);
    expect(pointsBetween(600_000n, 1_200_000n, t)).toBe(1n);
    expect(pointsBetween(0n, 1_000_000n, t)).toBe(1n);
    expect(pointsBetween(999_999n, 3_000_000n, t)).toBe(3n);
    expect(pointsBetween(1_200_000n, 900_000n, t)).toBe(-1n); // a reversal takes the point back
    expect(() => pointsBetween(0n, 1n, 0n)).toThrow(RangeError);
  });

  it('points over a split equal points over the whole', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { maxLength: 30 }),
        fc.bigInt({ min: 1n, max: 10n ** 7n }),
        (start, days, t) => {
          let cum = start;
          let earned = 0n;
          for (const d of days) {
            earned += pointsBetween(cum, cum + d, t);
            cum += d;
          }
          return earned === pointsBetween(start, cum, t) && earned >= 0n;
        },
      ),
    );
  });
});

describe('pointsForTotals', () => {
  const capped30 = DEFAULT_POINTS_RULES.find((r) => r.id === 'capped-30') as PointsRule;

  it('adds amount points and capped-count points', () => {
    // ¥24,000 → ¥51,000 non-capped passes ¥25k and ¥50k; capped 6 → 14 passes 7 and 14.
    expect(
      pointsForTotals(
        { prevAmount: 2_400_000n, newAmount: 5_100_000n, prevCapped: 6, newCapped: 14 },
        capped30,
      ),
    ).toBe(4n);
  });

  it('ignores capped counts for rules without N', () => {
    const dining = DEFAULT_POINTS_RULES[0] as PointsRule;
    expect(
      pointsForTotals({ prevAmount: 0n, newAmount: 999_999n, prevCapped: 0n, newCapped: 100n }, dining),
    ).toBe(0n);
  });

  it('is additive over splits', () => {
    const step = fc.record({ amount: fc.bigInt({ min: 0n, max: 10n ** 8n }), capped: fc.nat({ max: 40 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let amount = 0n;
        let capped = 0;
        let earned = 0n;
        for (const s of steps) {
          earned += pointsForTotals(
            {
              prevAmount: amount,
              newAmount: amount + s.amount,
              prevCapped: capped,
              newCapped: capped + s.capped,
            },
            capped30,
          );
          amount += s.amount;
          capped += s.capped;
        }
        return (
          earned ===
          pointsForTotals({ prevAmount: 0n, newAmount: amount, prevCapped: 0, newCapped: capped }, capped30)
        );
      }),
    );
  });
});
