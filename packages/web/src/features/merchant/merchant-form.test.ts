import { describe, expect, it } from 'vitest';
import { createInputOf, formValuesOf, planChanges, updateInputOf } from './merchant-form.ts';

const merchant = {
  mid: '898610000000001',
  name: '老街便民店',
  tradingName: null,
  mcc: '5411',
  category: 'livelihood',
  status: 'active',
  branch: '西安分公司',
  manager: { login: 'am' },
  feePlan: { kind: 'rate', rate: '0.0038', cap: null },
  contact: { name: '王芳', mobile: '139****0001' },
};

describe('the merchant form', () => {
  const initial = formValuesOf(merchant);

  it('never fills the mobile: the page has it masked, and empty keeps the stored one', () => {
    expect(initial.contactMobile).toBe('');
    expect(updateInputOf(initial, { ...initial })).toEqual({});
    expect(updateInputOf(initial, { ...initial, contactMobile: ' 13812341234 ' })).toEqual({
      contactMobile: '13812341234',
    });
  });

  it('sends only what changed; an emptied optional field clears it', () => {
    expect(updateInputOf(initial, { ...initial, name: '老街便民超市 ', contactName: '' })).toEqual({
      name: '老街便民超市',
      contactName: null,
    });
  });

  it('sends the whole plan with its day when any part changes, and a reason with a new status', () => {
    const v = { ...initial, feePlan: 'capped', cap: '26', feePlanFrom: '2026-12-06' };
    expect(planChanges(initial, v)).toBe(true);
    expect(updateInputOf(initial, v)).toEqual({
      feePlan: 'capped',
      rate: '0.0038',
      cap: '26',
      feePlanFrom: '2026-12-06',
    });
    expect(updateInputOf(initial, { ...initial, status: 'dormant', statusReason: '装修' })).toEqual({
      status: 'dormant',
      statusReason: '装修',
    });
  });

  it('sends a new merchant as typed, without a cap unless capped', () => {
    expect(
      createInputOf({
        mid: ' 898610999000001',
        name: '秦味面馆',
        mcc: '5812',
        category: 'dining',
        feePlan: 'rate',
        rate: '0.006',
        cap: '30',
        branch: '西安分公司',
        manager: 'am',
        onboardedOn: '2026-12-07',
      }),
    ).toEqual({
      mid: '898610999000001',
      name: '秦味面馆',
      tradingName: null,
      mcc: '5812',
      category: 'dining',
      feePlan: 'rate',
      rate: '0.006',
      cap: null,
      branch: '西安分公司',
      manager: 'am',
      onboardedOn: '2026-12-07',
      contactName: null,
      contactMobile: null,
    });
  });
});
