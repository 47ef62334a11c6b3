import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum KpiGrouping {
  MANAGER = 'manager',
  BRANCH = 'branch',
}
registerEnumType(KpiGrouping, {
  name: 'KpiGrouping',
  description: '考核指标的汇总维度 · How KPIs are grouped.',
  valuesConfig: {
    MANAGER: { description: '按客户经理 · Per account manager.' },
    BRANCH: { description: '按分公司 · Per branch.' },
  },
});

@ObjectType('MaintenanceKpi', { description: '维护考核指标 · Maintenance KPIs of a manager or branch.' })
export class KpiType {
  @Field(() => String, { description: '客户经理登录名或分公司名称 · Manager login or branch name.' })
  key!: string;

  @Field(() => String, { description: '名称 · Display name.' })
  name!: string;

  @Field(() => Int, { description: '拜访次数 · Visits.' })
  visits!: number;

  @Field(() => Int, { description: '电话回访次数 · Phone call-backs.' })
  calls!: number;

  @Field(() => Int, { description: '其他联系方式次数 · Other contacts.' })
  otherContacts!: number;

  @Field(() => Int, { description: '重要客户数 · Key customers.' })
  keyCustomers!: number;

  @Field(() => Int, { description: '按频次维护的重要客户数 · Key customers contacted on cadence.' })
  keyOnCadence!: number;

  @Field(() => Float, {
    nullable: true,
    description: '重要客户按频次维护占比 0..1 · Share of key customers on cadence.',
  })
  keyOnCadenceShare!: number | null;

  @Field(() => Int, { description: '逾期任务数 · Tasks due in the period not done in time.' })
  overdueTasks!: number;

  @Field(() => Int, { description: '投诉与反馈数 · Complaints and feedback received.' })
  complaints!: number;

  @Field(() => Float, {
    nullable: true,
    description: '平均首次响应时长（小时）· Average hours to first response.',
  })
  avgResponseHours!: number | null;

  @Field(() => Float, { nullable: true, description: '平均解决时长（小时）· Average hours to resolution.' })
  avgResolutionHours!: number | null;
}
