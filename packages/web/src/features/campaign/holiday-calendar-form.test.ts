import { describe, expect, it } from 'vitest';
import {
  type CalendarEntry,
  calendarEntries,
  calendarFieldName,
  calendarSendOn,
  calendarValues,
} from './holiday-calendar-form.ts';

const Y2028: CalendarEntry[] = [
  { holiday: 'SPRING_FESTIVAL', date: '2028-01-26', offFrom: '2028-01-25', offTo: '2028-02-01' },
  { holiday: 'MID_AUTUMN', date: '2028-10-03', offFrom: null, offTo: null },
];

describe('the holiday calendar form', () => {
  it('round-trips a year, leaving holidays without a date out', () => {
    const v = calendarValues(Y2028);
    expect(v.LANTERN).toEqual({ date: null, off: null });
    expect(calendarEntries(v)).toEqual(Y2028);
  });

  it('names the form field of a server problem by the entry sent at that index', () => {
    const sent = calendarEntries(calendarValues(Y2028));
    expect(calendarFieldName('entries.1.date', sent)).toEqual(['MID_AUTUMN', 'date']);
    expect(calendarFieldName('entries.0.offTo', sent)).toEqual(['SPRING_FESTIVAL', 'off']);
    expect(calendarFieldName('entries.5.date', sent)).toBeNull();
    expect(calendarFieldName('year', sent)).toBeNull();
  });

  it('sends greetings on the first day off, else on the holiday, and says when there is no date', () => {
    expect(calendarSendOn(Y2028, 'SPRING_FESTIVAL')).toEqual({ date: '2028-01-25', firstDayOff: true });
    expect(calendarSendOn(Y2028, 'MID_AUTUMN')).toEqual({ date: '2028-10-03', firstDayOff: false });
    expect(calendarSendOn(Y2028, 'LANTERN')).toBeNull();
  });
});
