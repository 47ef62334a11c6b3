import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoType } from '../platform/graphql/connection.ts';
import { DateScalar } from '../platform/graphql/scalars.ts';

export enum ComplaintKindEnum {
  COMPLAINT = 'complaint',
  FEEDBACK = 'feedback',
}
registerEnumType(ComplaintKindEnum, {
  name: 'ComplaintKind',
  description: '投诉或反馈 · A complaint or feedback.',
  valuesConfig: {
    COMPLAINT: { description: '投诉 · Complaint.' },
    FEEDBACK: { description: '意见反馈 · Feedback.' },
  },
});

export enum ComplaintChannelEnum {
  PHONE = 'phone',
  VISIT = 'visit',
  WECHAT = 'wechat',
  EMAIL = 'email',
  LETTER = 'letter',
  HOTLINE = 'hotline',
  OTHER = 'other',
}
registerEnumType(ComplaintChannelEnum, {
  name: 'ComplaintChannel',
  description: '受理渠道 · How it reached us.',
  valuesConfig: {
    PHONE: { description: '电话 · Phone.' },
    VISIT: { description: '上门 · In person.' },
    WECHAT: { description: '微信 · WeChat.' },
    EMAIL: { description: '电子邮件 · E-mail.' },
    LETTER: { description: '信函 · Letter.' },
    HOTLINE: { description: '客服热线 · Service hotline.' },
    OTHER: { description: '其他 · Other.' },
  },
});

export enum ComplaintCategoryEnum {
  SETTLEMENT_DELAY = 'settlement_delay',
  TERMINAL_FAULT = 'terminal_fault',
  FEE_DISPUTE = 'fee_dispute',
  SERVICE_ATTITUDE = 'service_attitude',
  OTHER = 'other',
}
registerEnumType(ComplaintCategoryEnum, {
  name: 'ComplaintCategory',
  description: '问题类别 · What it is about.',
  valuesConfig: {
    SETTLEMENT_DELAY: { description: '结算延迟 · Late settlement.' },
    TERMINAL_FAULT: { description: '机具故障 · Terminal fault.' },
    FEE_DISPUTE: { description: '费率争议 · Fee dispute.' },
    SERVICE_ATTITUDE: { description: '服务态度 · Service attitude.' },
    OTHER: { description: '其他 · Other.' },
  },
});

export enum ComplaintStatusEnum {
  OPEN = 'open',
  IN_PROGRESS = 'in_progress',
  RESOLVED = 'resolved',
  CLOSED = 'closed',
}
registerEnumType(ComplaintStatusEnum, {
  name: 'ComplaintStatus',
  description: '投诉状态 · Where a complaint stands.',
  valuesConfig: {
    OPEN: { description: '待响应 · Waiting for a first response.' },
    IN_PROGRESS: { description: '处理中 · Being handled.' },
    RESOLVED: { description: '已解决，待回访 · Resolved; waiting for the merchant’s verdict.' },
    CLOSED: { description: '已关闭（含满意度）· Closed with the merchant’s satisfaction.' },
  },
});

export enum SlaStateEnum {
  RUNNING = 'RUNNING',
  MET = 'MET',
  BREACHED = 'BREACHED',
}
registerEnumType(SlaStateEnum, {
  name: 'SlaState',
  description: '时效状态 · State of an SLA clock.',
  valuesConfig: {
    RUNNING: { description: '计时中，未超时 · Running, within time.' },
    MET: { description: '按时完成 · Stopped in time.' },
    BREACHED: { description: '已超时 · Past its deadline.' },
  },
});

export enum SlaKindEnum {
  COMPLAINT = 'complaint',
  FEEDBACK = 'feedback',
  FAULT = 'fault',
}
registerEnumType(SlaKindEnum, {
  name: 'SlaKind',
  description: '时效政策适用对象 · What an SLA policy applies to.',
  valuesConfig: {
    COMPLAINT: { description: '投诉 · Complaints.' },
    FEEDBACK: { description: '反馈 · Feedback.' },
    FAULT: { description: '故障工单 · Fault tickets.' },
  },
});

export enum FaultStatusEnum {
  OPEN = 'open',
  ASSIGNED = 'assigned',
  ON_SITE = 'on_site',
  FIXED = 'fixed',
  CLOSED = 'closed',
}
registerEnumType(FaultStatusEnum, {
  name: 'FaultStatus',
  description: '故障工单状态 · Where a fault ticket stands.',
  valuesConfig: {
    OPEN: { description: '待派单 · Reported, not yet assigned.' },
    ASSIGNED: { description: '已派单 · Assigned to an engineer.' },
    ON_SITE: { description: '已到场 · Engineer on site.' },
    FIXED: { description: '已修复 · Fixed.' },
    CLOSED: { description: '已关闭 · Closed; the merchant confirmed.' },
  },
});

export enum TerminalStatusEnum {
  ACTIVE = 'active',
  FAULTY = 'faulty',
  REMOVED = 'removed',
}
registerEnumType(TerminalStatusEnum, {
  name: 'TerminalStatus',
  description: '终端状态 · Terminal status.',
  valuesConfig: {
    ACTIVE: { description: '正常 · Working.' },
    FAULTY: { description: '故障 · Faulty.' },
    REMOVED: { description: '已撤机 · Removed.' },
  },
});

@ObjectType('SlaClock', { description: '时效时钟 · One SLA clock.' })
export class SlaClockType {
  @Field(() => SlaStateEnum, { description: '状态 · State.' })
  state!: SlaStateEnum;

  @Field(() => Date, { description: '截止时间 · Deadline.' })
  dueAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: '剩余分钟（超时为负；已停止为空）· Minutes left; negative once late, null once stopped.',
  })
  minutesLeft!: number | null;

  @Field(() => Int, { nullable: true, description: '用时（分钟）· Minutes taken, once stopped.' })
  minutesTaken!: number | null;
}

@ObjectType('SlaPolicy', { description: '时效政策 · An SLA policy.' })
export class SlaPolicyType {
  @Field(() => SlaKindEnum, { description: '适用对象 · What it applies to.' })
  kind!: SlaKindEnum;

  @Field(() => Int, { description: '首次响应时限（小时）· Hours to the first response.' })
  responseHours!: number;

  @Field(() => Int, { description: '解决时限（小时）· Hours to resolution.' })
  resolutionHours!: number;

  @Field(() => Date, { description: '修改时间 · Last changed.' })
  updatedAt!: Date;

  @Field(() => String, { description: '修改人 · Changed by.' })
  updatedBy!: string;
}

@ObjectType('ComplaintEvent', { description: '投诉处理记录 · One step in a complaint’s history.' })
export class ComplaintEventType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  @Field(() => Date, { description: '时间 · When.' })
  at!: Date;

  @Field(() => String, { description: '操作人（system 为自动升级）· Who; “system” for escalations.' })
  actor!: string;

  @Field(() => String, {
    description: '动作：opened/respond/resolve/close/reopen/assigned/escalated · What happened.',
  })
  action!: string;

  @Field(() => ComplaintStatusEnum, { nullable: true, description: '原状态 · Status before.' })
  fromStatus!: ComplaintStatusEnum | null;

  @Field(() => ComplaintStatusEnum, { nullable: true, description: '新状态 · Status after.' })
  toStatus!: ComplaintStatusEnum | null;

  @Field(() => String, { nullable: true, description: '说明 · Note.' })
  note!: string | null;
}

@ObjectType('Complaint', {
  description: '投诉或反馈，带时效时钟 · A complaint or feedback with its SLA clocks.',
})
export class ComplaintType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  merchantId!: number;

  @Field(() => ComplaintKindEnum, { description: '类型 · Kind.' })
  kind!: ComplaintKindEnum;

  @Field(() => ComplaintChannelEnum, { description: '受理渠道 · Channel.' })
  channel!: ComplaintChannelEnum;

  @Field(() => ComplaintCategoryEnum, { description: '问题类别 · Category.' })
  category!: ComplaintCategoryEnum;

  @Field(() => String, { description: '内容摘要 · What the merchant reported.' })
  summary!: string;

  @Field(() => ComplaintStatusEnum, { description: '状态 · Status.' })
  status!: ComplaintStatusEnum;

  @Field(() => Date, { description: '受理时间（时钟起点）· Received; the clocks start here.' })
  receivedAt!: Date;

  @Field(() => String, { description: '登记人 · Recorded by.' })
  openedBy!: string;

  @Field(() => String, { nullable: true, description: '处理人登录名 · Assignee’s login.' })
  assigneeLogin!: string | null;

  @Field(() => String, { nullable: true, description: '处理人姓名 · Assignee’s name.' })
  assigneeName!: string | null;

  @Field(() => Date, { nullable: true, description: '首次响应时间 · First response.' })
  firstResponseAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '解决时间 · Resolved.' })
  resolvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '关闭时间 · Closed.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '处理结果 · How it was resolved.' })
  resolution!: string | null;

  @Field(() => Int, { nullable: true, description: '满意度 1–5 · Satisfaction, 1 to 5.' })
  satisfaction!: number | null;

  @Field(() => Int, {
    description:
      '升级级别：0 未升级，1 分公司经理，2 总部 · Escalation: 0 none, 1 branch manager, 2 head office.',
  })
  escalationLevel!: number;

  @Field(() => Date, { nullable: true, description: '最近升级时间 · Last escalated.' })
  escalatedAt!: Date | null;

  responseDueAt!: Date;
  resolutionDueAt!: Date;
}

@ObjectType('ComplaintEdge', { description: '投诉列表的一项 · One complaint in a connection.' })
export class ComplaintEdgeType {
  @Field(() => String, { description: '游标 · Cursor.' })
  cursor!: string;

  @Field(() => ComplaintType, { description: '投诉 · The complaint.' })
  node!: ComplaintType;
}

@ObjectType('ComplaintConnection', { description: '投诉分页列表 · A page of complaints (Relay connection).' })
export class ComplaintConnectionType {
  @Field(() => [ComplaintEdgeType], { description: '本页 · This page.' })
  edges!: ComplaintEdgeType[];

  @Field(() => PageInfoType, { description: '分页信息 · Page information.' })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: '符合条件的总数 · Number of matching complaints.' })
  totalCount!: number;
}

@InputType('OpenComplaintInput', { description: '登记投诉或反馈 · A new complaint or feedback.' })
export class OpenComplaintInput {
  @Field(() => String, { description: '商户号 · MID.' })
  mid!: string;

  @Field(() => ComplaintKindEnum, { defaultValue: ComplaintKindEnum.COMPLAINT, description: '类型 · Kind.' })
  kind!: ComplaintKindEnum;

  @Field(() => ComplaintChannelEnum, { description: '受理渠道 · Channel.' })
  channel!: ComplaintChannelEnum;

  @Field(() => ComplaintCategoryEnum, { description: '问题类别 · Category.' })
  category!: ComplaintCategoryEnum;

  @Field(() => String, { description: '内容摘要 · What the merchant reported.' })
  summary!: string;

  @Field(() => Date, {
    nullable: true,
    description: '受理时间（默认现在，最多 30 天前）· When it was received; now by default.',
  })
  receivedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: '处理人登录名（默认商户的客户经理）· Assignee; the merchant’s manager by default.',
  })
  assignee?: string | null;
}

@InputType('ComplaintFilter', { description: '投诉筛选 · Complaint filter; all given conditions hold.' })
export class ComplaintFilterInput {
  @Field(() => ComplaintStatusEnum, { nullable: true, description: '状态 · Status.' })
  status?: ComplaintStatusEnum | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '未解决（true）或已解决（false）· Unresolved (true) or not.',
  })
  open?: boolean | null;

  @Field(() => ComplaintKindEnum, { nullable: true, description: '类型 · Kind.' })
  kind?: ComplaintKindEnum | null;

  @Field(() => ComplaintCategoryEnum, { nullable: true, description: '类别 · Category.' })
  category?: ComplaintCategoryEnum | null;

  @Field(() => Boolean, { nullable: true, description: '任一时效超时 · Any SLA clock breached.' })
  breached?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '已升级 · Escalated.' })
  escalated?: boolean | null;

  @Field(() => String, { nullable: true, description: '分公司 · Branch name.' })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: '客户经理登录名 · Account manager’s login.' })
  manager?: string | null;

  @Field(() => String, { nullable: true, description: '处理人登录名 · Assignee’s login.' })
  assignee?: string | null;

  @Field(() => String, { nullable: true, description: '商户号 · MID.' })
  mid?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '受理日不早于 · Received on or after.' })
  receivedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '受理日不晚于 · Received on or before.' })
  receivedTo?: string | null;
}

@ObjectType('EscalationRun', { description: '超时升级结果 · What an escalation run did.' })
export class EscalationRunType {
  @Field(() => Int, { description: '本次升级的投诉数 · Complaints escalated by this run.' })
  escalated!: number;

  @Field(() => [ID], { description: '被升级的投诉 · Their ids.' })
  ids!: string[];
}

@ObjectType('Terminal', { description: 'POS 终端 · A POS terminal at a merchant.' })
export class TerminalType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: number;

  merchantId!: number;

  @Field(() => String, { description: '终端号（8 位）· Terminal id (TID), eight characters.' })
  tid!: string;

  @Field(() => String, { description: '型号 · Model.' })
  model!: string;

  @Field(() => String, { description: '序列号 · Serial number.' })
  serialNo!: string;

  @Field(() => DateScalar, { description: '装机日期 · Installed on.' })
  installedOn!: string;

  @Field(() => TerminalStatusEnum, { description: '状态 · Status.' })
  status!: TerminalStatusEnum;
}

@InputType('TerminalInput', { description: '登记终端 · A terminal to register.' })
export class TerminalInput {
  @Field(() => String, { description: '商户号 · MID.' })
  mid!: string;

  @Field(() => String, { description: '终端号（8 位字母或数字）· TID, eight letters or digits.' })
  tid!: string;

  @Field(() => String, { description: '型号 · Model.' })
  model!: string;

  @Field(() => String, { description: '序列号 · Serial number.' })
  serialNo!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: '装机日期（默认今天）· Installed on; today by default.',
  })
  installedOn?: string | null;
}

@ObjectType('FaultEvent', { description: '故障工单处理记录 · One step in a fault ticket’s history.' })
export class FaultEventType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  @Field(() => Date, { description: '时间 · When.' })
  at!: Date;

  @Field(() => String, { description: '操作人 · Who.' })
  actor!: string;

  @Field(() => FaultStatusEnum, { nullable: true, description: '原状态 · Status before.' })
  fromStatus!: FaultStatusEnum | null;

  @Field(() => FaultStatusEnum, { description: '新状态 · Status after.' })
  toStatus!: FaultStatusEnum;

  @Field(() => String, { nullable: true, description: '说明 · Note.' })
  note!: string | null;
}

@ObjectType('FaultTicket', {
  description: '终端故障工单，带响应与修复时效 · A terminal fault ticket with response and repair clocks.',
})
export class FaultTicketType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  terminalId!: number;
  merchantId!: number;

  @Field(() => String, { description: '终端号 · TID.' })
  tid!: string;

  @Field(() => String, { description: '故障描述 · The fault.' })
  description!: string;

  @Field(() => FaultStatusEnum, { description: '状态 · Status.' })
  status!: FaultStatusEnum;

  @Field(() => Date, { description: '报修时间（时钟起点）· Reported; the clocks start here.' })
  reportedAt!: Date;

  @Field(() => String, { description: '登记人 · Recorded by.' })
  openedBy!: string;

  @Field(() => String, { nullable: true, description: '工程师登录名 · Engineer’s login.' })
  assigneeLogin!: string | null;

  @Field(() => String, { nullable: true, description: '工程师姓名 · Engineer’s name.' })
  assigneeName!: string | null;

  @Field(() => Date, { nullable: true, description: '派单时间 · Assigned.' })
  assignedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '到场时间 · On site.' })
  onSiteAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '修复时间 · Fixed.' })
  fixedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '关闭时间 · Closed.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '处理结果 · What was done.' })
  resolution!: string | null;

  responseDueAt!: Date;
  repairDueAt!: Date;
}

@ObjectType('FaultTicketEdge', { description: '工单列表的一项 · One fault ticket in a connection.' })
export class FaultTicketEdgeType {
  @Field(() => String, { description: '游标 · Cursor.' })
  cursor!: string;

  @Field(() => FaultTicketType, { description: '工单 · The ticket.' })
  node!: FaultTicketType;
}

@ObjectType('FaultTicketConnection', { description: '故障工单分页列表 · A page of fault tickets.' })
export class FaultTicketConnectionType {
  @Field(() => [FaultTicketEdgeType], { description: '本页 · This page.' })
  edges!: FaultTicketEdgeType[];

  @Field(() => PageInfoType, { description: '分页信息 · Page information.' })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: '符合条件的总数 · Number of matching tickets.' })
  totalCount!: number;
}

@InputType('FaultTicketInput', { description: '报修 · A fault to report.' })
export class FaultTicketInput {
  @Field(() => String, { description: '终端号 · TID.' })
  tid!: string;

  @Field(() => String, { description: '故障描述 · The fault.' })
  description!: string;

  @Field(() => Date, { nullable: true, description: '报修时间（默认现在）· Reported; now by default.' })
  reportedAt?: Date | null;
}

@InputType('FaultTicketFilter', { description: '工单筛选 · Fault ticket filter; all given conditions hold.' })
export class FaultTicketFilterInput {
  @Field(() => FaultStatusEnum, { nullable: true, description: '状态 · Status.' })
  status?: FaultStatusEnum | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '未修复（true）或已修复（false）· Not yet fixed (true) or fixed.',
  })
  open?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '任一时效超时 · Any SLA clock breached.' })
  breached?: boolean | null;

  @Field(() => String, { nullable: true, description: '工程师登录名 · Engineer’s login.' })
  assignee?: string | null;

  @Field(() => String, { nullable: true, description: '分公司 · Branch name.' })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: '商户号 · MID.' })
  mid?: string | null;

  @Field(() => String, { nullable: true, description: '终端号 · TID.' })
  tid?: string | null;
}
