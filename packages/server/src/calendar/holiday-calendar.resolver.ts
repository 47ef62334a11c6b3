import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { HolidayEnum } from '../task/greeting.types.ts';
import { holidayCalendar, setHolidayCalendar } from './holiday-calendar.service.ts';
import { HolidayCalendarType, HolidayDateInput } from './holiday-calendar.types.ts';

@Resolver()
export class HolidayCalendarResolver {
  // Read by whoever runs greeting campaigns: the form offers the date from it.
  @Allowed('runCampaign')
  @Query(() => HolidayCalendarType, {
    description:
      '某年的节日日历（未填的节日不列出）· A year’s holiday calendar; holidays not dated are absent.',
  })
  async holidayCalendar(
    @Arg('year', () => Int, { description: '年份 · Year.' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<HolidayCalendarType> {
    const entries = await holidayCalendar(ctx.em, year);
    return { year, entries: entries.map((e) => ({ ...e, holiday: e.holiday as HolidayEnum })) };
  }

  @Allowed('administer')
  @Mutation(() => HolidayCalendarType, {
    description:
      '一次填写一年的节日日期（替换该年全部日期）· Enters a year’s holiday dates at once, replacing that year’s.',
  })
  async setHolidayCalendar(
    @Arg('year', () => Int, { description: '年份 · Year.' }) year: number,
    @Arg('entries', () => [HolidayDateInput], { description: '各节日的日期 · The holidays’ dates.' })
    entries: HolidayDateInput[],
    @Ctx() ctx: Context,
  ): Promise<HolidayCalendarType> {
    await setHolidayCalendar(
      ctx.em,
      ctx.user!.login,
      year,
      entries.map((e) => ({
        holiday: e.holiday,
        date: e.date,
        offFrom: e.offFrom ?? null,
        offTo: e.offTo ?? null,
      })),
    );
    return this.holidayCalendar(year, ctx);
  }
}
