import { useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import type { Holiday } from '../../gql/graphql.ts';
import { HolidayCalendarQuery } from './campaign.operations.ts';
import type { CampaignValues } from './campaign-form.ts';
import { calendarSendOn } from './holiday-calendar-form.ts';

/** What the calendar says of the chosen holiday: its send date, or that it has none for the year. */
export type CalendarHint = { date: string; firstDayOff: boolean } | 'none' | null;

/**
 * Pre-fills the campaign's send date from the holiday calendar whenever the holiday or the year is
 * chosen (a date picked by hand afterwards stays), and answers what the calendar said.
 */
export function useCalendarSendOn(
  form: FormInstance<CampaignValues>,
  holiday: Holiday,
  year: number | undefined,
): CalendarHint {
  const valid = typeof year === 'number' && year >= 2000 && year <= 2100;
  const calendar = useQuery(HolidayCalendarQuery, { variables: { year: year ?? 0 }, skip: !valid });
  const held = calendar.data?.holidayCalendar;
  const entries = held && held.year === year ? held.entries : null;
  const found = useMemo(() => (entries ? calendarSendOn(entries, holiday) : null), [entries, holiday]);
  useEffect(() => {
    if (found) form.setFieldValue('sendOn', dayjs(found.date));
  }, [form, found]);
  if (!valid || !entries) return null;
  return found ?? 'none';
}
