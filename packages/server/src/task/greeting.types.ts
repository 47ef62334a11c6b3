import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { DateScalar } from '../platform/graphql/scalars.ts';

export enum HolidayEnum {
  SPRING_FESTIVAL = 'spring_festival',
  LANTERN = 'lantern',
  DRAGON_BOAT = 'dragon_boat',
  MID_AUTUMN = 'mid_autumn',
  NATIONAL_DAY = 'national_day',
}
registerEnumType(HolidayEnum, {
  name: 'Holiday',
  description: '节日 · Holiday of a greeting campaign.',
  valuesConfig: {
    SPRING_FESTIVAL: { description: '春节 · Spring Festival.' },
    LANTERN: { description: '元宵 · Lantern Festival.' },
    DRAGON_BOAT: { description: '端午 · Dragon Boat Festival.' },
    MID_AUTUMN: { description: '中秋 · Mid-Autumn Festival.' },
    NATIONAL_DAY: { description: '国庆 · National Day.' },
  },
});

@InputType('GreetingSegment', { description: '问候对象范围 · Which merchants a campaign greets.' })
export class GreetingSegmentInput extends MerchantFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: '仅有（或无）升级潜力 · Only with (or without) potential.',
  })
  potential?: boolean | null;
}

@InputType('GreetingCampaignInput', { description: '节日问候活动 · A holiday greeting campaign.' })
export class GreetingCampaignInput {
  @Field(() => HolidayEnum, { description: '节日 · Holiday.' })
  holiday!: HolidayEnum;

  @Field(() => Int, { description: '年份 · Year.' })
  year!: number;

  @Field(() => String, { nullable: true, description: '活动名称 · Campaign name.' })
  name?: string | null;

  @Field(() => String, {
    description: '短信模板，可用 {商户名称} {联系人} {节日} {客户经理} · SMS template with placeholders.',
  })
  template!: string;

  @Field(() => DateScalar, { description: '发送日期 · Date to send on.' })
  sendOn!: string;

  @Field(() => GreetingSegmentInput, { nullable: true, description: '客户范围 · Segment of merchants.' })
  segment?: GreetingSegmentInput | null;
}

@ObjectType('GreetingCampaignRun', { description: '问候活动执行结果 · What a campaign run created.' })
export class GreetingCampaignRunType {
  @Field(() => Int, { description: '活动编号 · Campaign id.' })
  campaignId!: number;

  @Field(() => Int, { description: '新建问候任务 · Greeting tasks created.' })
  created!: number;

  @Field(() => Int, { description: '已存在而未重复创建 · Already there; not created twice.' })
  alreadyThere!: number;
}

@ObjectType('GreetingsSent', { description: '问候发送结果 · Greetings marked sent.' })
export class GreetingsSentType {
  @Field(() => Int, { description: '已发送 · Marked sent.' })
  sent!: number;

  @Field(() => [ID], { description: '未处理的任务（非待发问候或无权限）· Task ids left alone.' })
  skipped!: string[];
}
