import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../platform/graphql/scalars.ts';
import { TaskType } from './task.types.ts';
import type { Capacity } from './work-capacity.service.ts';

export enum CapacitySourceEnum {
  PERSONAL = 'PERSONAL',
  EVERYONE = 'EVERYONE',
  DEFAULT = 'DEFAULT',
}
registerEnumType(CapacitySourceEnum, {
  name: 'CapacitySource',
  description: '工作量设置的来源 · Whose capacity setting applies.',
  valuesConfig: {
    PERSONAL: { description: '该客户经理自己的设置 · The manager’s own.' },
    EVERYONE: { description: '管理员为所有人设置 · Everyone’s, set by an administrator.' },
    DEFAULT: { description: '系统默认 · Ours (docs/work-queue.md).' },
  },
});

@ObjectType('WorkCapacity', { description: '每日工作量 · What one working day holds.' })
export class WorkCapacityType {
  @Field(() => Int, { description: '拜访 · Visits a day.' })
  visits!: number;

  @Field(() => Int, {
    description: '电话（含跟进与挽留）· Calls a day, follow-ups and retention calls included.',
  })
  calls!: number;

  @Field(() => Int, {
    description: '其他（短信、问候、信息核实）· Other items a day: messages, greetings, re-verifications.',
  })
  others!: number;

  @Field(() => CapacitySourceEnum, { description: '来源 · Whose setting it is.' })
  source!: CapacitySourceEnum;
}

/** A capacity as GraphQL answers it (the service's source names the enum's values). */
export function toCapacityType(c: Capacity): WorkCapacityType {
  return { visits: c.visits, calls: c.calls, others: c.others, source: CapacitySourceEnum[c.source] };
}

@InputType('WorkCapacityInput', { description: '每日工作量 · What one working day holds.' })
export class WorkCapacityInput {
  @Field(() => Int, { description: '拜访，0–200 · Visits a day, 0 to 200.' })
  visits!: number;

  @Field(() => Int, { description: '电话，0–200 · Calls a day, 0 to 200.' })
  calls!: number;

  @Field(() => Int, { description: '其他，0–200 · Other items a day, 0 to 200.' })
  others!: number;
}

@ObjectType('WorkManager', { description: '客户经理 · An account manager.' })
export class WorkManagerType {
  @Field(() => String, { description: '登录名 · Login.' })
  login!: string;

  @Field(() => String, { description: '姓名 · Name.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: '分公司 · Branch.' })
  branch?: string | null;
}

@ObjectType('WorkPlan', {
  description:
    '今日计划：按优先级、在每日工作量之内的任务 · Today’s plan: the tasks, highest priority first, that fit the day’s capacity.',
})
export class WorkPlanType {
  @Field(() => WorkManagerType, { description: '谁的计划 · Whose plan.' })
  manager!: WorkManagerType;

  @Field(() => DateScalar, { description: '日期 · The day.' })
  date!: string;

  @Field(() => WorkCapacityType, { description: '每日工作量 · The capacity it fits.' })
  capacity!: WorkCapacityType;

  @Field(() => [TaskType], {
    description: '计划内的任务，按优先级 · The planned tasks, highest priority first.',
  })
  tasks!: TaskType[];

  @Field(() => Int, {
    description:
      '可选入计划的任务（3 天内到期及逾期）· Open tasks due within 3 days or overdue: what the plan was chosen from.',
  })
  eligibleCount!: number;

  @Field(() => Int, { description: '其中已逾期 · Of those, overdue.' })
  overdueCount!: number;
}

@ObjectType('ManagerBacklog', {
  description: '客户经理的积压与工作量 · A manager’s backlog against their capacity.',
})
export class ManagerBacklogType {
  @Field(() => WorkManagerType, { description: '客户经理 · The manager.' })
  manager!: WorkManagerType;

  @Field(() => WorkCapacityType, { description: '每日工作量 · Their capacity.' })
  capacity!: WorkCapacityType;

  @Field(() => Int, { description: '未完成任务 · Open tasks.' })
  open!: number;

  @Field(() => Int, { description: '当前逾期 · Overdue now.' })
  overdue!: number;

  @Field(() => Int, { description: '3 天内到期（含逾期）· Due within 3 days, overdue included.' })
  dueSoon!: number;

  @Field(() => Int, { description: '逾期中重要、次要客户的 · Overdue, of key and secondary merchants.' })
  overdueImportant!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      '按每日工作量清完逾期所需工作日；工作量为 0 时为空 · Working days to clear the overdue tasks at their capacity; null at zero capacity.',
  })
  daysToClear!: number | null;
}

@ObjectType('ChoresDone', { description: '批量完成的结果 · What a batch of chores did.' })
export class ChoresDoneType {
  @Field(() => Int, { description: '已发送的节日问候 · Greetings recorded as sent.' })
  greetings!: number;

  @Field(() => Int, { description: '已核实的联系信息 · Contact data confirmed.' })
  reverified!: number;
}
