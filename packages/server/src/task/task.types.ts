import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TierCode } from '../merchant/merchant.types.ts';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';
import { DateScalar, DecimalScalar } from '../platform/graphql/scalars.ts';

export enum TaskStateEnum {
  OVERDUE = 'OVERDUE',
  DUE = 'DUE',
  UPCOMING = 'UPCOMING',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
  OPEN = 'OPEN',
}
registerEnumType(TaskStateEnum, {
  name: 'TaskState',
  description: '任务状态 · State of a maintenance task today.',
  valuesConfig: {
    OVERDUE: { description: '已逾期 · Open and past its due date.' },
    DUE: { description: '到期（7 天内）· Open and due within 7 days.' },
    UPCOMING: { description: '未到期 · Open, due later.' },
    DONE: { description: '已完成 · Done.' },
    CANCELLED: { description: '已取消（如维护政策变更）· Cancelled, e.g. by a policy change.' },
    OPEN: { description: '筛选用：全部未完成 · Filter only: every open task.' },
  },
});

export enum TaskKindEnum {
  CADENCE = 'cadence',
  FOLLOW_UP = 'follow_up',
  GREETING = 'greeting',
  REVERIFY = 'reverify',
  RETENTION = 'retention',
}
registerEnumType(TaskKindEnum, {
  name: 'TaskKind',
  description: '任务来源 · Where a task comes from.',
  valuesConfig: {
    CADENCE: { description: '按分级维护频次 · The tier cadence.' },
    FOLLOW_UP: { description: '约定的下次跟进 · A follow-up date set on an interaction.' },
    GREETING: { description: '节日问候活动 · A holiday greeting campaign.' },
    REVERIFY: {
      description: '信息更新：联系信息超过 12 个月未核实 · Contact data unverified for 12 months.',
    },
    RETENTION: {
      description:
        '流失预警挽留：重要商户流失风险高（docs/clv.md）· Retention: a valuable merchant at high risk of leaving (docs/clv.md).',
    },
  },
});

export enum TaskOrderEnum {
  DUE = 'DUE',
  PRIORITY = 'PRIORITY',
}
registerEnumType(TaskOrderEnum, {
  name: 'TaskOrder',
  description:
    '未完成任务的排序 · How open tasks are ordered (closed ones: newest first, whatever is asked).',
  valuesConfig: {
    DUE: { description: '按到期日（最早在前）· By due date, oldest first.' },
    PRIORITY: {
      description:
        '按优先级（最高在前；规则见 docs/work-queue.md）· By priority, highest first (the rule: docs/work-queue.md).',
    },
  },
});

@ObjectType('TaskPriority', {
  description:
    '任务优先级及其构成（分数 = 各项之和；规则在 packages/shared）· A task’s priority and its parts; the score is their sum.',
})
export class TaskPriorityType {
  @Field(() => Int, { description: '优先级分数 · The score.' })
  score!: number;

  @Field(() => Int, { description: '商户维护级别的分 · Points for the merchant’s cadence tier.' })
  tier!: number;

  @Field(() => TierCode, {
    nullable: true,
    description:
      '计分所依据的维护级别（有升级潜力者按上一级）· The cadence tier the points are for (one up with upgrade potential).',
  })
  cadenceTier!: TierCode | null;

  @Field(() => Int, { description: '任务类型的分 · Points for what is asked.' })
  kind!: number;

  @Field(() => Int, { description: '逾期的分（相对维护周期）· Points for lateness against the cadence.' })
  late!: number;

  @Field(() => Int, { description: '未结投诉与故障的分 · Points for open complaints and faults.' })
  cases!: number;

  @Field(() => Int, { description: '风险价值的分 · Points for the value at risk.' })
  value!: number;

  @Field(() => Int, { description: '未结投诉数 · Open complaints of the merchant.' })
  openComplaints!: number;

  @Field(() => Int, { description: '未结故障工单数 · Open fault tickets of the merchant.' })
  openFaults!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      '风险价值（元）= 生命周期价值 × 流失概率；未建模为空 · Value at risk in yuan: lifetime value × chance of leaving; null where unscored.',
  })
  valueAtRisk!: string | null;
}

@ObjectType('MaintenanceTask', {
  implements: NodeInterface,
  description: '维护任务 · A maintenance task for an account manager.',
})
export class TaskType extends NodeInterface {
  merchantId!: number;

  @Field(() => TaskKindEnum, { description: '来源 · Where it comes from.' })
  kind!: TaskKindEnum;

  @Field(() => String, {
    description: '要求的联系方式：visit、call、message、follow_up、greeting、verify · What to do.',
  })
  channel!: string;

  @Field(() => TaskStateEnum, { description: '今日状态 · State today.' })
  state!: TaskStateEnum;

  @Field(() => DateScalar, { description: '到期日 · Due date.' })
  dueOn!: string;

  @Field(() => Int, { description: '逾期天数（未逾期为 0）· Days overdue; 0 when not overdue.' })
  daysOverdue!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: '上次计入的联系（或核实）日期 · Date of the last counting contact (or verification).',
  })
  lastContactOn!: string | null;

  @Field(() => Int, { nullable: true, description: '频次（天）· Cadence in days.' })
  everyDays!: number | null;

  @Field(() => TierCode, { nullable: true, description: '所依据的维护级别 · Cadence tier the task follows.' })
  tier!: TierCode | null;

  @Field(() => String, { nullable: true, description: '问候短信内容 · Greeting SMS text.' })
  message!: string | null;

  @Field(() => String, { nullable: true, description: '问候活动 · Greeting campaign name.' })
  campaign!: string | null;

  @Field(() => Date, { nullable: true, description: '完成或取消时间 · When it was done or cancelled.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '完成或取消原因 · Why it was closed.' })
  closeReason!: string | null;

  // A global id, in TaskResolver.
  doneByInteractionId!: string | null;

  @Field(() => TaskPriorityType, {
    description: '今日的优先级及其构成 · Its priority today, and the parts it is made of.',
  })
  // Absent when the list was not asked for it (task.resolver.ts readsPriority); never null when read.
  priority?: TaskPriorityType | undefined;
}

export const TaskConnectionType = connectionType('MaintenanceTask', TaskType, ['任务', 'tasks']);

@InputType('TaskFilter', { description: '任务筛选 · Task filter; all given conditions hold.' })
export class TaskFilterInput {
  @Field(() => TaskStateEnum, { nullable: true, description: '状态（默认 OPEN）· State; OPEN by default.' })
  state?: TaskStateEnum | null;

  @Field(() => TaskKindEnum, { nullable: true, description: '来源 · Kind.' })
  kind?: TaskKindEnum | null;

  @Field(() => String, { nullable: true, description: '联系方式 · Channel.' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: '客户经理登录名 · Account manager’s login.' })
  manager?: string | null;

  @Field(() => String, { nullable: true, description: '分公司 · Branch name.' })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: '商户号 · MID.' })
  mid?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '到期日不晚于 · Due on or before.' })
  dueBefore?: string | null;
}

@ObjectType('TaskRefresh', { description: '任务重算结果 · What a task recomputation changed.' })
export class TaskRefreshType {
  @Field(() => Int, { description: '新建 · Tasks created.' })
  created!: number;

  @Field(() => Int, { description: '到期日变更 · Tasks whose due date moved.' })
  moved!: number;

  @Field(() => Int, { description: '已完成 · Tasks closed as done.' })
  done!: number;

  @Field(() => Int, { description: '已取消 · Tasks cancelled.' })
  cancelled!: number;
}
