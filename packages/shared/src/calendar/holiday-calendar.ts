import { HOLIDAY_LABELS, HOLIDAYS, type Holiday } from '../maintenance/maintenance.ts';
import { daysBetween, isValidDate } from '../period/period.ts';
import type { Problem } from '../problems.ts';

/** One holiday of a year's calendar: its date and, where the State Council grants them, the days off. */
export interface HolidayDate {
  holiday: Holiday;
  date: string;
  offFrom: string | null;
  offTo: string | null;
}

/** A problem of a calendar, under its field: `entries.<i>.<field>` (i from 0) or `year`. */
export type HolidayCalendarProblem = Problem & { field: string };

/** The longest stretch of days off (the Spring Festival's is 8 or 9 days with its weekends). */
export const MAX_DAYS_OFF = 14;

/**
 * Where each holiday can fall in the Gregorian year (month-day, inclusive): the lunar ones move
 * with the moon — 春节 (1st of the 1st month) between 21 January and 20 February, 元宵 fourteen
 * days later, 端午 (5th of the 5th) and 中秋 (15th of the 8th) within their windows — and 国庆 is
 * 1 October. A date outside its window is a slip of the month, not a lunar surprise.
 */
export const HOLIDAY_SEASONS: Record<Holiday, readonly [string, string]> = {
  spring_festival: ['01-21', '02-20'],
  lantern: ['02-04', '03-06'],
  dragon_boat: ['05-28', '06-25'],
  mid_autumn: ['09-07', '10-08'],
  national_day: ['10-01', '10-01'],
};

/** The first day of the holiday's days off, or the holiday itself when the calendar gives none. */
export const greetingDay = (h: Pick<HolidayDate, 'date' | 'offFrom'>): string => h.offFrom ?? h.date;

/**
 * Every problem of a year's calendar: each holiday at most once, its date within the year and its
 * season, and a days-off range given whole, containing the date, at most {@link MAX_DAYS_OFF} days
 * (it may start in the year before: 春节's days off can begin on 31 December).
 */
export function holidayCalendarProblems(
  year: number,
  entries: readonly { holiday: string; date: string; offFrom: string | null; offTo: string | null }[],
): HolidayCalendarProblem[] {
  const out: HolidayCalendarProblem[] = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return [{ field: 'year', code: 'year.range', params: { min: 2000, max: 2100 } }];
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    const at = (field: string, code: Problem['code'], params?: Problem['params']) =>
      out.push({ field: `entries.${i}.${field}`, code, ...(params ? { params } : {}) });
    const known = (HOLIDAYS as readonly string[]).includes(e.holiday);
    const name = known ? HOLIDAY_LABELS[e.holiday as Holiday] : null;
    if (seen.has(e.holiday)) at('holiday', 'holiday.twice', { holiday: name?.zh ?? e.holiday });
    seen.add(e.holiday);
    if (!isValidDate(e.date)) at('date', 'date.invalid');
    else if (!e.date.startsWith(`${year}-`)) at('date', 'holiday.outsideYear', { year });
    else if (known) {
      const [from, to] = HOLIDAY_SEASONS[e.holiday as Holiday];
      const md = e.date.slice(5);
      if (md < from || md > to) at('date', 'holiday.outsideSeason', { holiday: name!.zh, from, to });
    }
    if ((e.offFrom === null) !== (e.offTo === null)) {
      at(e.offFrom === null ? 'offFrom' : 'offTo', 'holiday.offIncomplete');
      continue;
    }
    if (e.offFrom === null || e.offTo === null) continue;
    if (!isValidDate(e.offFrom)) at('offFrom', 'date.invalid');
    if (!isValidDate(e.offTo)) at('offTo', 'date.invalid');
    if (!isValidDate(e.offFrom) || !isValidDate(e.offTo) || !isValidDate(e.date)) continue;
    if (e.offFrom > e.date || e.offTo < e.date) at('offFrom', 'holiday.offMissesDate');
    else if (daysBetween(e.offFrom, e.offTo) + 1 > MAX_DAYS_OFF)
      at('offTo', 'holiday.offTooLong', { max: MAX_DAYS_OFF });
  }
  return out;
}
