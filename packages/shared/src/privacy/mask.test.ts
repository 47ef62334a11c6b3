import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAccount, maskIdNumber, maskMobile, maskName } from './mask.ts';

describe('masks', () => {
  it('mask the examples of the domain', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskIdNumber('610102199001011234')).toBe('6101**********1234');
    expect(maskIdNumber('61010219900101123X')).toBe('6101**********123X');
    expect(maskAccount('6222021234567890123')).toBe('622202*********0123');
    expect(maskName('张三丰')).toBe('张**');
  });

  it('mask short or empty input fully and keep null', () => {
    expect(maskMobile('12345')).toBe('*****');
    expect(maskMobile('')).toBe('');
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskAccount('1234567890')).toBe('**********');
    expect(maskMobile(null)).toBeNull();
    expect(maskIdNumber(null)).toBeNull();
    expect(maskAccount(null)).toBeNull();
    expect(maskName(null)).toBeNull();
  });

  it('never reveal more than the kept ends', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,30}$/), (s) => {
        const masked = maskAccount(s) ?? '';
        const visible = [...masked].filter((c) => c !== '*').length;
        return masked.length === s.length && visible <= 10 && (s.length < 14 ? visible === 0 : true);
      }),
    );
  });
});
