import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../platform/graphql/scalars.ts';
// The Holiday enum is the greeting campaign's: the calendar dates the same five holidays.
import { HolidayEnum } from '../task/greeting.types.ts';

@ObjectType('HolidayDate', { description: '某年某节日的日期 · A holiday’s date in one year.' })
export class HolidayDateType {
  @Field(() => HolidayEnum, { description: '节日 · Holiday.' })
  holiday!: HolidayEnum;

  @Field(() => DateScalar, { description: '节日当天 · The holiday itself.' })
  date!: string;

  @Field(() => DateScalar, { nullable: true, description: '放假起（含）· First day off, if any.' })
  offFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '放假止（含）· Last day off, if any.' })
  offTo!: string | null;
}

@ObjectType('HolidayCalendar', { description: '一年的节日日历 · One year’s holiday calendar.' })
export class HolidayCalendarType {
  @Field(() => Int, { description: '年份 · Year.' })
  year!: number;

  @Field(() => [HolidayDateType], {
    description:
      '已填日期的节日，按日期排序（最多 5 个）· The holidays dated that year, by date (at most five).',
  })
  entries!: HolidayDateType[];
}

@InputType('HolidayDateInput', { description: '某节日的日期 · A holiday’s date.' })
export class HolidayDateInput {
  @Field(() => HolidayEnum, { description: '节日 · Holiday.' })
  holiday!: HolidayEnum;

  @Field(() => DateScalar, { description: '节日当天 · The holiday itself.' })
  date!: string;

  @Field(() => DateScalar, { nullable: true, description: '放假起（含）· First day off.' })
  offFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '放假止（含）· Last day off.' })
  offTo?: string | null;
}
