import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isValidDate,
  monthEnd,
  monthIndex,
  monthStart,
  monthsOf,
  PeriodFormatError,
  parsePeriod,
  periodContains,
  periodDays,
  previousPeriod,
  recentPeriods,
} from './period.ts';

describe('parsePeriod', () => {
  it('parses a month', () => {
    expect(parsePeriod('2026-10')).toEqual({
      label: '2026-10',
      start: '2026-10-01',
      end: '2026-10-31',
      kind: 'month',
    });
    expect(parsePeriod('2024-02').end).toBe('2024-02-29');
    expect(parsePeriod('2100-02').end).toBe('2100-02-28');
  });

  it('parses a quarter, lower-case q too', () => {
    expect(parsePeriod('2026-Q3')).toEqual({
      label: '2026-Q3',
      start: '2026-07-01',
      end: '2026-09-30',
      kind: 'quarter',
    });
    expect(parsePeriod(' 2026-q1 ').label).toBe('2026-Q1');
    expect(parsePeriod('2026-Q1').end).toBe('2026-03-31');
  });

  it('parses a year and a range', () => {
    expect(parsePeriod('2026')).toEqual({
      label: '2026',
      start: '2026-01-01',
      end: '2026-12-31',
      kind: 'year',
    });
    expect(parsePeriod('2026-01-01..2026-03-31')).toEqual({
      label: '2026-01-01..2026-03-31',
      start: '2026-01-01',
      end: '2026-03-31',
      kind: 'range',
    });
    expect(parsePeriod('2026-01-05..2026-01-05').kind).toBe('range');
  });

  it.each([
    ['', /not a period/],
    ['2026-13', /no such month/],
    ['2026-00', /no such month/],
    ['2026-Q5', /no such quarter/],
    ['2026-Q0', /no such quarter/],
    ['26-10', /not a period/],
    ['2026-02-30..2026-03-01', /start is not a date/],
    ['2026-03-01..2026-02-30', /end is not a date/],
    ['2026-03-01..2026-02-01', /ends before it starts/],
    ['2026-10-01', /not a period/],
    ['0000', /out of range/],
  ])('rejects %j', (s, msg) => {
    expect(() => parsePeriod(s)).toThrow(PeriodFormatError);
    expect(() => parsePeriod(s)).toThrow(msg);
  });
});

describe('previousPeriod', () => {
  it.each([
    ['2026-10', '2026-09'],
    ['2026-01', '2025-12'],
    ['2026-Q3', '2026-Q2'],
    ['2026-Q1', '2025-Q4'],
    ['2026', '2025'],
    ['2026-01-01..2026-03-31', '2025-10-03..2025-12-31'],
    ['2024-03-01..2024-03-01', '2024-02-29..2024-02-29'],
  ])('%s → %s', (s, prev) => {
    expect(previousPeriod(parsePeriod(s)).label).toBe(prev);
  });

  it('a range and its predecessor have the same length and touch', () => {
    const date = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 800 }), (start, len) => {
        const p = parsePeriod(`${start}..${addDays(start, len)}`);
        const q = previousPeriod(p);
        return periodDays(q) === periodDays(p) && addDays(q.end, 1) === p.start;
      }),
    );
  });

  it('lists recent periods oldest first', () => {
    expect(recentPeriods(parsePeriod('2026-02'), 3).map((p) => p.label)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});

describe('date math', () => {
  it('validates real calendar dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2026-04-31')).toBe(false);
    expect(isValidDate('2026-4-01')).toBe(false);
    expect(isValidDate('2026-04-01T00:00')).toBe(false);
    expect(isValidDate('0000-01-01')).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('agrees with the JavaScript UTC calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_000_000 }), (n) => {
        const iso = new Date(Date.UTC(1970, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        return addDays('1970-01-01', n) === iso && daysBetween('1970-01-01', iso) === n;
      }),
    );
  });
});

describe('monthsOf and periodContains', () => {
  it('lists the months a period touches', () => {
    expect(monthsOf(parsePeriod('2026-Q3'))).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(monthsOf(parsePeriod('2025-12-15..2026-02-01'))).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthsOf(parsePeriod('2026'))).toHaveLength(12);
  });

  it('contains its ends', () => {
    const p = parsePeriod('2026-10');
    expect(periodContains(p, '2026-10-01')).toBe(true);
    expect(periodContains(p, '2026-10-31')).toBe(true);
    expect(periodContains(p, '2026-11-01')).toBe(false);
  });
});

describe('months by index', () => {
  it('numbers consecutive months consecutively, across years', () => {
    expect(monthIndex('2026-12-07') + 1).toBe(monthIndex('2027-01'));
    expect(monthStart(monthIndex('2026-12-31'))).toBe('2026-12-01');
    expect(monthEnd(monthIndex('2024-02-10'))).toBe('2024-02-29');
    expect(monthEnd(monthIndex('2026-12-10'))).toBe('2026-12-31');
  });

  it('adds and subtracts months from a date or a month', () => {
    expect(addMonths('2026-12-07', -1)).toBe('2026-11');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9998 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -500, max: 500 }),
        (y, m, n) => {
          fc.pre(y * 12 + m - 1 + n >= 0 && y * 12 + m - 1 + n < 10000 * 12);
          const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
          return addMonths(addMonths(month, n), -n) === month;
        },
      ),
    );
  });
});
