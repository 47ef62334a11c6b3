import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { TierCode } from '../merchant/merchant.types.ts';
import { PageInfoType } from '../platform/graphql/connection.ts';
import { DateScalar } from '../platform/graphql/scalars.ts';

export enum InteractionKindEnum {
  VISIT = 'visit',
  CALL = 'call',
  SMS = 'sms',
  EMAIL = 'email',
  WECHAT = 'wechat',
  GREETING = 'greeting',
  TRAINING = 'training',
  FAULT_HANDLING = 'fault_handling',
  COMPLAINT = 'complaint',
  FEEDBACK = 'feedback',
  SURVEY = 'survey',
}
registerEnumType(InteractionKindEnum, {
  name: 'InteractionKind',
  description: '联系方式 · Kind of interaction with a merchant.',
  valuesConfig: {
    VISIT: { description: '拜访 · Visit.' },
    CALL: { description: '电话回访 · Phone call-back.' },
    SMS: { description: '短信 · SMS.' },
    EMAIL: { description: '电子邮件 · E-mail.' },
    WECHAT: { description: '微信 · WeChat message.' },
    GREETING: { description: '节日问候 · Holiday greeting.' },
    TRAINING: { description: '培训/座谈 · Training or seminar.' },
    FAULT_HANDLING: { description: '故障处理 · Fault handling.' },
    COMPLAINT: { description: '投诉 · Complaint.' },
    FEEDBACK: { description: '反馈 · Feedback.' },
    SURVEY: { description: '满意度调查 · Satisfaction survey.' },
  },
});

export enum InteractionOutcomeEnum {
  REACHED = 'reached',
  ISSUE_FOUND = 'issue_found',
  UNREACHABLE = 'unreachable',
  RESCHEDULED = 'rescheduled',
}
registerEnumType(InteractionOutcomeEnum, {
  name: 'InteractionOutcome',
  description:
    '联系结果；只有联系上的才计入维护频次 · Outcome; only contacts that reached the merchant count.',
  valuesConfig: {
    REACHED: { description: '已联系 · Reached the merchant.' },
    ISSUE_FOUND: { description: '已联系，发现问题 · Reached; an issue was found.' },
    UNREACHABLE: { description: '未联系上 · Could not reach the merchant.' },
    RESCHEDULED: { description: '改约 · Rescheduled.' },
  },
});

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
  },
});

export enum CadenceChannelEnum {
  VISIT = 'visit',
  CALL = 'call',
  MESSAGE = 'message',
}
registerEnumType(CadenceChannelEnum, {
  name: 'CadenceChannel',
  description: '维护频次要求的联系方式 · What a cadence rule asks for.',
  valuesConfig: {
    VISIT: { description: '拜访 · A visit.' },
    CALL: { description: '电话（拜访也算）· A call (a visit also counts).' },
    MESSAGE: { description: '短信/微信/邮件/问候 · Any message.' },
  },
});

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

@ObjectType('Interaction', {
  description: '一次维护联系（只增不改）· One interaction; corrected by a superseding entry.',
})
export class InteractionType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  merchantId!: number;

  @Field(() => InteractionKindEnum, { description: '联系方式 · Kind.' })
  kind!: InteractionKindEnum;

  @Field(() => Date, { description: '发生时间 · When it happened.' })
  occurredAt!: Date;

  @Field(() => String, { description: '经办人登录名 · Staff member’s login.' })
  staffLogin!: string;

  @Field(() => String, { nullable: true, description: '经办人姓名 · Staff member’s name.' })
  staffName!: string | null;

  @Field(() => InteractionOutcomeEnum, { description: '结果 · Outcome.' })
  outcome!: InteractionOutcomeEnum;

  @Field(() => String, { nullable: true, description: '备注 · Notes.' })
  notes!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '下次跟进日期 · Next follow-up date.' })
  nextFollowUp!: string | null;

  @Field(() => ID, { nullable: true, description: '更正的是哪条记录 · The entry this one corrects.' })
  supersedesId!: string | null;

  @Field(() => ID, { nullable: true, description: '被哪条记录更正 · The entry that corrected this one.' })
  supersededById!: string | null;

  @Field(() => String, { description: '录入人 · Who recorded it.' })
  recordedBy!: string;

  @Field(() => Date, { description: '录入时间 · When it was recorded.' })
  recordedAt!: Date;
}

@InputType('InteractionInput', { description: '记录一次联系 · An interaction to record.' })
export class InteractionInput {
  @Field(() => String, { description: '商户号 · MID.' })
  mid!: string;

  @Field(() => InteractionKindEnum, { description: '联系方式 · Kind.' })
  kind!: InteractionKindEnum;

  @Field(() => Date, {
    nullable: true,
    description: '发生时间（默认现在）· When it happened; now by default.',
  })
  occurredAt?: Date | null;

  @Field(() => InteractionOutcomeEnum, { description: '结果 · Outcome.' })
  outcome!: InteractionOutcomeEnum;

  @Field(() => String, {
    nullable: true,
    description: '备注（最多 2000 字）· Notes, at most 2,000 characters.',
  })
  notes?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '下次跟进日期 · Next follow-up date.' })
  nextFollowUp?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '经办人登录名（默认本人；分公司经理可代同事录入）· Staff login; yourself by default.',
  })
  staff?: string | null;
}

@ObjectType('MaintenanceTask', { description: '维护任务 · A maintenance task for an account manager.' })
export class TaskType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

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

  @Field(() => ID, { nullable: true, description: '完成它的联系记录 · The interaction that did it.' })
  doneByInteractionId!: string | null;
}

@ObjectType('MaintenanceTaskEdge', { description: '任务列表的一项 · One task in a connection.' })
export class TaskEdgeType {
  @Field(() => String, { description: '游标 · Cursor.' })
  cursor!: string;

  @Field(() => TaskType, { description: '任务 · The task.' })
  node!: TaskType;
}

@ObjectType('MaintenanceTaskConnection', {
  description: '任务分页列表 · A page of tasks (Relay connection).',
})
export class TaskConnectionType {
  @Field(() => [TaskEdgeType], { description: '本页任务 · Tasks of this page.' })
  edges!: TaskEdgeType[];

  @Field(() => PageInfoType, { description: '分页信息 · Page information.' })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: '符合条件的任务总数 · Number of matching tasks.' })
  totalCount!: number;
}

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

@ObjectType('CadenceRule', { description: '维护频次规则 · One rule of the cadence policy.' })
export class CadenceRuleType {
  @Field(() => TierCode, { description: '客户分级 · Tier.' })
  tier!: TierCode;

  @Field(() => CadenceChannelEnum, { description: '联系方式 · What it asks for.' })
  channel!: CadenceChannelEnum;

  @Field(() => Int, { description: '最长间隔（天）· At most this many days between contacts.' })
  everyDays!: number;

  @Field(() => [InteractionKindEnum], { description: '计入的联系方式 · Interaction kinds that count.' })
  satisfiedBy!: InteractionKindEnum[];
}

@InputType('CadenceRuleInput', { description: '维护频次规则 · One cadence rule.' })
export class CadenceRuleInput {
  @Field(() => TierCode, { description: '客户分级 · Tier.' })
  tier!: TierCode;

  @Field(() => CadenceChannelEnum, { description: '联系方式 · What it asks for.' })
  channel!: CadenceChannelEnum;

  @Field(() => Int, { description: '最长间隔（天，1..730）· Days between contacts, 1 to 730.' })
  everyDays!: number;

  @Field(() => [InteractionKindEnum], { description: '计入的联系方式 · Interaction kinds that count.' })
  satisfiedBy!: InteractionKindEnum[];
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

@ObjectType('MerchantCadence', { description: '商户的维护级别 · The cadence a merchant follows.' })
export class MerchantCadenceType {
  @Field(() => String, { description: '依据的分级快照期间 · Snapshot period.' })
  period!: string;

  @Field(() => TierCode, { description: '分级 · Tier.' })
  tier!: TierCode;

  @Field(() => Boolean, { description: '有升级潜力（多维护一级）· Has upgrade potential (one step more).' })
  potential!: boolean;

  @Field(() => TierCode, { description: '按此级别维护 · Tier whose cadence applies.' })
  cadenceTier!: TierCode;
}

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

export enum TimelineTypeEnum {
  INTERACTION = 'INTERACTION',
  TIER = 'TIER',
  STATUS = 'STATUS',
  POINTS = 'POINTS',
  COMPLAINT = 'COMPLAINT',
  FAULT = 'FAULT',
}
registerEnumType(TimelineTypeEnum, {
  name: 'TimelineEventType',
  description: '时间线事件类型 · Kind of timeline event.',
  valuesConfig: {
    INTERACTION: { description: '联系记录 · An interaction.' },
    TIER: { description: '分级变化 · A tier change.' },
    STATUS: { description: '状态变化 · A status change.' },
    POINTS: { description: '积分流水 · A points entry.' },
    COMPLAINT: { description: '投诉与反馈 · A complaint or feedback.' },
    FAULT: { description: '故障工单 · A fault ticket.' },
  },
});

@ObjectType('TimelineEvent', { description: '商户时间线上的一件事 · One event on a merchant’s timeline.' })
export class TimelineEventType {
  @Field(() => Date, { description: '时间 · When.' })
  at!: Date;

  @Field(() => TimelineTypeEnum, { description: '类型 · Type.' })
  type!: TimelineTypeEnum;

  @Field(() => String, { description: '关联记录编号 · Id of the record behind it.' })
  ref!: string;

  @Field(() => String, { description: '子类型（如 visit、KEY、accrual）· Kind within the type.' })
  kind!: string;

  @Field(() => String, { description: '摘要 · Summary.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '经办人 · Who.' })
  actor!: string | null;

  @Field(() => Boolean, { description: '已被更正 · Corrected by a later entry.' })
  superseded!: boolean;

  @Field(() => String, { description: '游标（用于 before）· Cursor, for `before`.' })
  cursor!: string;
}
