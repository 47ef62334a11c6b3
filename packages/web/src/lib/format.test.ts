import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatDelta,
  formatDuration,
  formatMoney,
  formatRate,
  formatShare,
  formatYuan,
} from './format.ts';

describe('formatting for the locale', () => {
  it('formats money exactly from the Decimal string', () => {
    expect(formatMoney('1234.5', 'zh')).toBe('¥1,234.50');
    expect(formatMoney('-38403.85', 'en')).toBe('-¥38,403.85');
    expect(formatMoney('12345678901234.99', 'zh')).toBe('¥12,345,678,901,234.99');
    expect(formatMoney('0', 'en')).toBe('¥0.00');
    expect(formatMoney('7', 'zh')).toBe('¥7.00');
  });
  it('rounds money to whole yuan for chart labels', () => {
    expect(formatYuan('97791.60', 'zh')).toBe('¥97,792');
    expect(formatYuan('-1200.40', 'en')).toBe('-¥1,200');
  });
  it('formats shares, counts and deltas', () => {
    expect(formatShare(0.123, 'zh')).toBe('12.3%');
    expect(formatShare(-0.016, 'en')).toBe('-1.6%');
    expect(formatShare(0.85, 'zh', 0)).toBe('85%');
    expect(formatCount(1460, 'zh')).toBe('1,460');
    expect(formatDelta(2, 'zh')).toBe('+2');
    expect(formatDelta(-1, 'en')).toBe('-1');
    expect(formatDelta(0, 'en')).toBe('0');
  });
  it('formats measures with fixed decimals', () => {
    expect(formatDecimal(1234.56, 'zh', 1)).toBe('1,234.6');
    expect(formatDecimal(8, 'en', 1)).toBe('8.0');
    expect(formatDecimal(0.1234, 'en', 2)).toBe('0.12');
  });
  it('shows fee rates as exact percentages', () => {
    expect(formatRate('0.0078')).toBe('0.78%');
    expect(formatRate('0.0125')).toBe('1.25%');
    expect(formatRate('0.0038')).toBe('0.38%');
    expect(formatRate('0.001')).toBe('0.1%');
    expect(formatRate('0.000000')).toBe('0%');
    expect(formatRate('0.01')).toBe('1%');
  });
  it('formats timestamps in China time', () => {
    expect(formatDateTime('2026-10-03T06:05:00Z', 'zh')).toBe('2026-10-03 14:05');
    expect(formatDateTime('2026-10-03T18:05:00Z', 'en')).toBe('2026-10-04 02:05');
    expect(formatDateTime('2026-10-03T16:00:00Z', 'en')).toBe('2026-10-04 00:00');
  });
  it('shows a date in one form in both languages', () => {
    expect(formatDate('2026-12-07', 'zh')).toBe('2026-12-07');
    expect(formatDate('2026-12-07', 'en')).toBe('2026-12-07');
    expect(formatDate('2026-12-06T16:30:00Z', 'en')).toBe('2026-12-07');
  });
});

describe('formatDuration', () => {
  it('shows at most two units, in either language', () => {
    expect(formatDuration(45, 'zh')).toBe('45分');
    expect(formatDuration(185, 'zh')).toBe('3小时5分');
    expect(formatDuration(180, 'en')).toBe('3h');
    expect(formatDuration(1440 + 120 + 7, 'zh')).toBe('1天2小时');
    expect(formatDuration(2 * 1440 + 30, 'en')).toBe('2d');
    expect(formatDuration(-95, 'en')).toBe('1h 35m');
    expect(formatDuration(0, 'en')).toBe('0m');
  });
});
