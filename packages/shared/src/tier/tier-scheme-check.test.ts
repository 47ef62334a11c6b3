import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBLEMS } from '../problems.ts';
import { assignThresholdTier, CARD_LEVEL_SCHEME, DEFAULT_SCHEME, TIER_CODES } from './tier-scheme.ts';
import { checkTierScheme, draftOfScheme, type TierSchemeDraft } from './tier-scheme-check.ts';

const share = (pcts: (number | null)[]): TierSchemeDraft => ({
  kind: 'SHARE',
  levels: TIER_CODES.map((tier, i) => ({ tier, zh: `级${i}`, en: `L${i}`, cumulativePercent: pcts[i] })),
});
const threshold = (mins: (string | null)[], measure: 'PROFIT' | 'TXN_AMOUNT' | null = 'PROFIT') => ({
  kind: 'THRESHOLD' as const,
  measure,
  levels: TIER_CODES.map((tier, i) => ({ tier, zh: `级${i}`, en: `L${i}`, minAmount: mins[i] })),
});

describe('checkTierScheme', () => {
  it('round-trips both presets through their drafts', () => {
    expect(checkTierScheme(draftOfScheme(DEFAULT_SCHEME)).scheme).toEqual(DEFAULT_SCHEME);
    expect(checkTierScheme(draftOfScheme(CARD_LEVEL_SCHEME)).scheme).toEqual(CARD_LEVEL_SCHEME);
  });

  it('refuses shares that do not rise, under the field that falls', () => {
    const r = checkTierScheme(share([1, 20, 15, 100]));
    expect(r.scheme).toBeNull();
    expect(r.problems).toEqual([
      { field: 'levels[2].cumulativePercent', code: 'tierScheme.shareNotRising', params: { previous: '20' } },
    ]);
  });

  it('wants the last share at 100% and at most two decimals', () => {
    expect(checkTierScheme(share([1, 20, 50, 90])).problems).toEqual([
      { field: 'levels[3].cumulativePercent', code: 'tierScheme.shareLastNotFull' },
    ]);
    expect(checkTierScheme(share([1.005, 20, 50, 100])).problems[0]?.code).toBe('tierScheme.shareStep');
    expect(checkTierScheme(share([33.33, 66.67, 99.99, 100])).scheme?.kind).toBe('share');
    expect(checkTierScheme(share([null, 20, 50, 100])).problems[0]?.field).toBe(
      'levels[0].cumulativePercent',
    );
  });

  it('refuses thresholds that do not fall, are not above 0, or lack a measure', () => {
    expect(checkTierScheme(threshold(['100', '100', '1', null])).problems).toEqual([
      {
        field: 'levels[1].minAmount',
        code: 'tierScheme.thresholdNotFalling',
        params: { previous: '100.00' },
      },
    ]);
    expect(checkTierScheme(threshold(['100', '0', 'x', null])).problems.map((p) => p.field)).toEqual([
      'levels[1].minAmount',
      'levels[2].minAmount',
    ]);
    expect(checkTierScheme(threshold(['3', '2', '1', null], null)).problems).toEqual([
      { field: 'measure', code: 'tierScheme.measureMissing' },
    ]);
  });

  it('wants the four codes top first and both names', () => {
    const swapped = { ...share([1, 20, 50, 100]), levels: [...share([1, 20, 50, 100]).levels].reverse() };
    expect(checkTierScheme(swapped).problems[0]?.code).toBe('tierScheme.levels');
    const unnamed = share([1, 20, 50, 100]);
    const levels = unnamed.levels.map((l, i) => (i === 1 ? { ...l, en: '  ' } : l));
    expect(checkTierScheme({ ...unnamed, levels }).problems).toEqual([
      { field: 'levels[1].en', code: 'tierScheme.nameMissing' },
    ]);
  });

  it('words every problem it raises in both languages', () => {
    for (const code of Object.keys(PROBLEMS).filter((c) => c.startsWith('tierScheme.')))
      expect(PROBLEMS[code as keyof typeof PROBLEMS].zh.length).toBeGreaterThan(0);
  });

  it('cuts a valid threshold scheme into the level of the highest minimum reached', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.bigInt({ min: 1n, max: 10n ** 12n }), { minLength: 3, maxLength: 3 }),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 13n }),
        (raw, value) => {
          const mins = [...raw].sort((a, b) => (a > b ? -1 : 1));
          const fmt = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;
          const r = checkTierScheme(threshold([...mins.map(fmt), null]));
          if (r.scheme?.kind !== 'threshold') throw new Error('valid scheme refused');
          const tier = assignThresholdTier(value, r.scheme);
          const i = mins.findIndex((m) => value >= m);
          expect(tier).toBe(TIER_CODES[i === -1 ? 3 : i]);
        },
      ),
    );
  });
});
