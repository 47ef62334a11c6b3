import { type HolidayDate, holidayCalendarProblems } from '@cornerstone/shared/calendar/holiday-calendar';
import type { Holiday } from '@cornerstone/shared/maintenance/maintenance';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldProblem, invalidInput } from '../platform/graphql/errors.ts';

// The greeting holidays' calendar (节日日历, issue 24): a year's dates entered at once — the lunar
// holidays move every year — so the greeting campaign can offer the date instead of asking for it.

/** The holidays of `year` that the calendar dates, in the order of the year. */
export async function holidayCalendar(em: EntityManager, year: number): Promise<HolidayDate[]> {
  const rows = await em.execute<
    { holiday: Holiday; date: string; off_from: string | null; off_to: string | null }[]
  >(
    `select holiday, date::text, off_from::text, off_to::text from holiday_date where year = ? order by date, holiday`,
    [year],
  );
  return rows.map((r) => ({ holiday: r.holiday, date: r.date, offFrom: r.off_from, offTo: r.off_to }));
}

/**
 * Replaces `year`'s calendar with `entries` (a holiday left out has no date that year). Every
 * problem is found before anything is written.
 */
export async function setHolidayCalendar(
  em: EntityManager,
  actor: string,
  year: number,
  entries: readonly HolidayDate[],
): Promise<void> {
  const problems = holidayCalendarProblems(year, entries);
  if (problems.length) throw invalidInput(problems.map((p) => fieldProblem(p.field, p.code, p.params)));
  await em.transactional(async (t) => {
    const tx = t as EntityManager;
    await tx.execute('delete from holiday_date where year = ?', [year]);
    for (const e of entries)
      await tx.execute(
        'insert into holiday_date (year, holiday, date, off_from, off_to, saved_by) values (?, ?, ?, ?, ?, ?)',
        [year, e.holiday, e.date, e.offFrom, e.offTo, actor],
      );
  });
}
