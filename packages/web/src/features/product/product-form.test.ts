import { describe, expect, it } from 'vitest';
import { NEW_PRODUCT, productFieldWords, productFormValues, productInput } from './product-form.ts';

describe('the product dialog', () => {
  it('sends a new product as an addition, trimmed, and an edited one as a change', () => {
    const v = { ...NEW_PRODUCT, code: ' qr_stand ', nameZh: '台卡', rule: '  ' };
    expect(productInput(v, true)).toMatchObject({ code: 'qr_stand', rule: '{}', isNew: true, active: true });
    expect(productInput({ ...v, cooldownDays: null }, false)).toMatchObject({
      cooldownDays: -1,
      isNew: false,
    });
  });

  it('pretty-prints a stored rule and keeps one that is not JSON as it is', () => {
    const p = { ...NEW_PRODUCT, code: 'x', rule: '{"tiers":["KEY"]}' };
    expect(productFormValues(p).rule).toBe('{\n  "tiers": [\n    "KEY"\n  ]\n}');
    expect(productFormValues({ ...p, rule: 'oops' }).rule).toBe('oops');
  });

  it('words a taken code apart from a malformed one, and leaves coded problems to their code', () => {
    expect(productFieldWords('code', 'x', true)?.key).toBe('productCodeTaken');
    expect(productFieldWords('code', 'x', false)?.key).toBe('productCodeFormat');
    expect(productFieldWords('rule', 'unknown condition foo', false)).toEqual({
      key: 'productRuleInvalid',
      vars: { detail: 'unknown condition foo' },
    });
    expect(productFieldWords('nameZh', '1 to 200 characters', false)).toBeNull();
  });
});
