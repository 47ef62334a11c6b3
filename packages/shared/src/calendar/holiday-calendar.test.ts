import { describe, expect, it } from 'vitest';
import { greetingDay, holidayCalendarProblems } from './holiday-calendar.ts';

const Y2026 = [
  { holiday: 'spring_festival', date: '2026-02-17', offFrom: '2026-02-15', offTo: '2026-02-23' },
  { holiday: 'lantern', date: '2026-03-03', offFrom: null, offTo: null },
  { holiday: 'dragon_boat', date: '2026-06-19', offFrom: null, offTo: null },
  { holiday: 'mid_autumn', date: '2026-09-25', offFrom: null, offTo: null },
  { holiday: 'national_day', date: '2026-10-01', offFrom: '2026-10-01', offTo: '2026-10-07' },
];

describe('holidayCalendarProblems', () => {
  it('accepts a whole year, and a year with some holidays only', () => {
    expect(holidayCalendarProblems(2026, Y2026)).toEqual([]);
    expect(holidayCalendarProblems(2026, Y2026.slice(2))).toEqual([]);
    expect(holidayCalendarProblems(2026, [])).toEqual([]);
  });

  it('refuses a holiday twice, a date of another year or out of its season, under the entry', () => {
    const bad = [
      { ...Y2026[0]!, date: '2027-02-06', offFrom: null, offTo: null },
      { ...Y2026[2]!, date: '2026-08-19' },
      Y2026[3]!,
      { ...Y2026[3]!, date: '2026-09-26' },
    ];
    expect(holidayCalendarProblems(2026, bad)).toEqual([
      { field: 'entries.0.date', code: 'holiday.outsideYear', params: { year: 2026 } },
      {
        field: 'entries.1.date',
        code: 'holiday.outsideSeason',
        params: { holiday: '端午', from: '05-28', to: '06-25' },
      },
      { field: 'entries.3.holiday', code: 'holiday.twice', params: { holiday: '中秋' } },
    ]);
  });

  it('refuses days off given by halves, missing the holiday or too long; they may start the year before', () => {
    const off = (offFrom: string | null, offTo: string | null) => [{ ...Y2026[0]!, offFrom, offTo }];
    expect(holidayCalendarProblems(2026, off('2026-02-15', null))).toEqual([
      { field: 'entries.0.offTo', code: 'holiday.offIncomplete' },
    ]);
    expect(holidayCalendarProblems(2026, off('2026-02-18', '2026-02-24'))).toEqual([
      { field: 'entries.0.offFrom', code: 'holiday.offMissesDate' },
    ]);
    expect(holidayCalendarProblems(2026, off('2026-02-01', '2026-02-23'))).toEqual([
      { field: 'entries.0.offTo', code: 'holiday.offTooLong', params: { max: 14 } },
    ]);
    const early = [
      { holiday: 'spring_festival', date: '2028-01-26', offFrom: '2028-01-24', offTo: '2028-02-01' },
    ];
    expect(holidayCalendarProblems(2028, early)).toEqual([]);
    expect(holidayCalendarProblems(1999, [])).toEqual([
      { field: 'year', code: 'year.range', params: { min: 2000, max: 2100 } },
    ]);
  });

  it('greets on the first day off, else on the holiday', () => {
    expect(greetingDay(Y2026[0]!)).toBe('2026-02-15');
    expect(greetingDay(Y2026[1]!)).toBe('2026-03-03');
  });
});
