import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TierCode } from '../merchant/merchant.types.ts';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';
import { DateScalar } from '../platform/graphql/scalars.ts';

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
