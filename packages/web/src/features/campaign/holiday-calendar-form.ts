// 节日日历: a year's five greeting holidays as the settings form holds them, and the send date the
// greeting campaign takes from them.
import { greetingDay } from '@cornerstone/shared/calendar/holiday-calendar';
import dayjs, { type Dayjs } from 'dayjs';
import type { Holiday } from '../../gql/graphql.ts';
import { HOLIDAYS } from './campaign-form.ts';

/** A holiday's date as the calendar answers it. */
export interface CalendarEntry {
  holiday: Holiday;
  date: string;
  offFrom?: string | null;
  offTo?: string | null;
}

/** One holiday in the form: its date, and the days off as a range (both or neither). */
export interface HolidayRow {
  date: Dayjs | null;
  off: [Dayjs, Dayjs] | null;
}
export type CalendarValues = Record<Holiday, HolidayRow>;

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The form's values of a year's entries; a holiday the calendar does not date is left empty. */
export function calendarValues(entries: readonly CalendarEntry[]): CalendarValues {
  const out = {} as CalendarValues;
  for (const h of HOLIDAYS) {
    const e = entries.find((x) => x.holiday === h);
    out[h] = {
      date: e ? dayjs(e.date) : null,
      off: e?.offFrom && e.offTo ? [dayjs(e.offFrom), dayjs(e.offTo)] : null,
    };
  }
  return out;
}

/** The mutation's entries: the holidays given a date, in the order of HOLIDAYS. */
export function calendarEntries(v: CalendarValues) {
  return HOLIDAYS.filter((h) => v[h]?.date).map((h) => ({
    holiday: h,
    date: iso(v[h].date!),
    offFrom: v[h].off ? iso(v[h].off[0]) : null,
    offTo: v[h].off ? iso(v[h].off[1]) : null,
  }));
}

/** Every field the server may name for `n` entries. */
export const calendarFields = (n: number): string[] => [
  'year',
  ...Array.from({ length: n }, (_, i) =>
    ['holiday', 'date', 'offFrom', 'offTo'].map((f) => `entries.${i}.${f}`),
  ).flat(),
];

/** The form's name of a server field, `entries` indexed as they were `sent`: the days off are one range. */
export function calendarFieldName(
  field: string,
  sent: readonly { holiday: Holiday }[],
): (string | number)[] | null {
  const m = /^entries\.(\d+)\.(\w+)$/.exec(field);
  const h = m ? sent[Number(m[1])]?.holiday : undefined;
  if (!m || !h) return null;
  return [h, m[2] === 'offFrom' || m[2] === 'offTo' ? 'off' : 'date'];
}

/**
 * The send date a campaign for `holiday` takes from the calendar: the first day off when the
 * calendar has days off, else the holiday itself; null when the year has no date for it.
 */
export function calendarSendOn(
  entries: readonly CalendarEntry[],
  holiday: Holiday,
): { date: string; firstDayOff: boolean } | null {
  const e = entries.find((x) => x.holiday === holiday);
  if (!e) return null;
  const date = greetingDay({ date: e.date, offFrom: e.offFrom ?? null });
  return { date, firstDayOff: date !== e.date };
}
