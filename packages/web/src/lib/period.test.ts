import { describe, expect, it } from 'vitest';
import { addMonths, defaultPeriod, isMonth, monthOf, monthsBack, previousMonth } from './period.ts';

describe('month periods', () => {
  it('steps back over year ends', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
    expect(addMonths('2026-11', -2)).toBe('2027-01');
  });
  it('takes the month in China time and defaults to the last complete month', () => {
    expect(monthOf(new Date('2026-10-31T17:00:00Z'))).toBe('2026-11');
    expect(defaultPeriod(new Date('2026-11-28T10:00:00Z'))).toBe('2026-10');
    expect(defaultPeriod(new Date('2026-01-05T00:00:00Z'))).toBe('2025-12');
  });
  it('lists months newest first and validates YYYY-MM', () => {
    expect(monthsBack('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(isMonth('2026-10')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-Q3')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});
