import { describe, expect, it } from 'vitest';
import {
  amountWords,
  formName,
  percentToRate,
  planParts,
  rateToPercent,
  toInput,
  toValues,
} from './points-table-form.ts';

const dining = {
  code: 'dining-rate',
  category: 'dining',
  feePlan: 'rate',
  cap: null,
  discountBelow: null,
  discountAtLeast: null,
  amountThreshold: '10000.00',
  cappedCountN: null,
};

describe('the points table form', () => {
  it('converts discounts between fractions and percent exactly', () => {
    expect(rateToPercent('0.0008')).toBe('0.08');
    expect(percentToRate('0.08')).toBe('0.0008');
    expect(percentToRate('1.2345')).toBe('0.012345');
    expect(percentToRate('12')).toBe('0.12');
    expect(percentToRate('8%')).toBe('8%');
  });

  it('sends a row back as it came, empty fields null', () => {
    const general = { ...dining, code: 'g', category: 'general', discountAtLeast: '0.0008' };
    expect(toInput(toValues(general))).toEqual({
      code: 'g',
      category: 'general',
      feePlan: 'rate',
      cap: null,
      discountAtLeast: '0.0008',
      discountBelow: null,
      amountThreshold: '10000.00',
      cappedCountN: null,
    });
    expect(
      toInput({ ...toValues(dining), amountThreshold: ' ', cappedCountN: null }).amountThreshold,
    ).toBeNull();
  });

  it('names the form field of a server problem', () => {
    expect(formName('rules.2.discountBelow')).toEqual(['rules', 2, 'discountBelowPct']);
    expect(formName('rules.0.amountThreshold')).toEqual(['rules', 0, 'amountThreshold']);
    expect(formName('effectiveFrom')).toEqual(['effectiveFrom']);
  });

  it('words amounts in whole yuan and plans as DOMAIN.md does', () => {
    expect(amountWords('10000.00', 'zh')).toBe('¥10,000');
    expect(amountWords('25000.50', 'en')).toBe('¥25,000.50');
    expect(planParts({ ...dining, category: 'general', discountBelow: '0.0008' })).toEqual({
      category: 'general',
      plan: { key: 'ptableRate' },
      band: [{ key: 'ptableDiscountBelow', rate: '0.08%' }],
    });
    expect(planParts({ ...dining, category: null, feePlan: 'capped', cap: '26.00' }).plan).toEqual({
      key: 'ptableCapped',
      cap: '26.00',
    });
  });
});
