import { describe, expect, it } from 'vitest';
import { formatMoney, formatRate, formatShare } from './format.ts';

describe('formatting for the locale', () => {
  it('formats money exactly from the Decimal string', () => {
    expect(formatMoney('1234.5', 'zh')).toBe('¥1,234.50');
    expect(formatMoney('-38403.85', 'en')).toBe('-¥38,403.85');
    expect(formatMoney('12345678901234.99', 'zh')).toBe('¥12,345,678,901,234.99');
    expect(formatMoney('0', 'en')).toBe('¥0.00');
  });
  it('formats shares and rates', () => {
    expect(formatShare(0.123, 'zh')).toBe('12.3%');
    expect(formatShare(-0.016, 'en')).toBe('-1.6%');
    expect(formatRate('0.0078')).toBe('0.78%');
    expect(formatRate('0.0125')).toBe('1.25%');
  });
});
