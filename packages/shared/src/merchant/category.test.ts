import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  type CategoryDef,
  categoryDef,
  categoryOfMcc,
  listRateDiscount,
  mccFitsCategory,
  parseCategory,
} from './category.ts';

describe('CATEGORIES', () => {
  it('carries the 2013 list rates and caps', () => {
    const rates = Object.fromEntries(CATEGORIES.map((c) => [c.zh, [c.listRate, c.listCap]]));
    expect(rates).toEqual({
      一般类: [7800n, null],
      批发类: [7800n, 2600n],
      餐娱类: [12500n, null],
      车房类: [12500n, 8000n],
      民生类: [3800n, null],
      公益类: [0n, null],
    });
  });

  it('has exactly one default bucket and well-formed, non-overlapping ranges', () => {
    expect(CATEGORIES.filter((c) => c.isDefault).map((c) => c.code)).toEqual(['general']);
    const ranges = CATEGORIES.flatMap((c) => c.mccRanges.map(([lo, hi]) => ({ lo, hi, code: c.code })));
    for (const r of ranges) {
      expect(r.lo).toMatch(/^\d{4}$/);
      expect(r.hi).toMatch(/^\d{4}$/);
      expect(r.lo <= r.hi).toBe(true);
    }
    const sorted = [...ranges].sort((a, b) => (a.lo < b.lo ? -1 : 1));
    sorted.forEach((r, i) => {
      const prev = sorted[i - 1];
      if (prev) expect(r.lo > prev.hi, `${prev.code} ${prev.hi} overlaps ${r.code} ${r.lo}`).toBe(true);
    });
  });
});

describe('parseCategory', () => {
  it.each([
    ['一般类', 'general'],
    ['批发类', 'wholesale'],
    ['餐娱类', 'dining'],
    ['车房类', 'auto_realty'],
    ['民生类', 'livelihood'],
    ['公益类', 'public_welfare'],
    ['餐娱', 'dining'],
    ['general', 'general'],
    [' Auto_Realty ', 'auto_realty'],
    ['public_welfare', 'public_welfare'],
    ['Wholesale', 'wholesale'],
  ])('%j → %s', (s, code) => {
    expect(parseCategory(s)).toBe(code);
  });

  it.each(['', '其他类', 'food', '类'])('%j → null', (s) => {
    expect(parseCategory(s)).toBeNull();
  });
});

describe('categoryOfMcc', () => {
  it.each([
    ['5812', 'dining'],
    ['5813', 'dining'],
    ['7011', 'dining'],
    ['7995', 'dining'],
    ['5411', 'livelihood'],
    ['5541', 'livelihood'],
    ['4900', 'livelihood'],
    ['5045', 'wholesale'],
    ['5300', 'wholesale'],
    ['5511', 'auto_realty'],
    ['6513', 'auto_realty'],
    ['8062', 'public_welfare'],
    ['8220', 'public_welfare'],
    ['9311', 'public_welfare'],
    ['5311', 'general'],
    ['5999', 'general'],
    ['0742', 'general'],
  ])('%s → %s', (mcc, code) => {
    expect(categoryOfMcc(mcc)).toBe(code);
  });

  it.each(['', '581', '58120', 'abcd', ' 5812'])('%j is not an MCC', (mcc) => {
    expect(categoryOfMcc(mcc)).toBeNull();
  });

  it('puts every 4-digit MCC in exactly one category', () => {
    const mcc = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    fc.assert(fc.property(mcc, (m) => CATEGORIES.filter((c) => mccFitsCategory(m, c.code)).length === 1));
  });

  it('follows an edited table', () => {
    const defs: CategoryDef[] = CATEGORIES.map((c) =>
      c.code === 'livelihood' ? { ...c, mccRanges: [...c.mccRanges, ['5912', '5912'] as const] } : c,
    );
    expect(categoryOfMcc('5912')).toBe('general');
    expect(categoryOfMcc('5912', defs)).toBe('livelihood');
    expect(mccFitsCategory('5912', 'livelihood', defs)).toBe(true);
  });
});

describe('listRateDiscount', () => {
  it('is list rate minus merchant rate', () => {
    expect(listRateDiscount(7000n, 'general')).toBe(800n);
    expect(listRateDiscount(13000n, 'dining')).toBe(-500n);
    expect(categoryDef('wholesale').listCap).toBe(2600n);
  });
});
