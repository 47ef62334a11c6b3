import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';

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
  implements: NodeInterface,
  description: '投诉或反馈，带时效时钟 · A complaint or feedback with its SLA clocks.',
})
export class ComplaintType extends NodeInterface {
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

export const ComplaintConnectionType = connectionType('Complaint', ComplaintType, ['投诉', 'complaints']);

@ObjectType('EscalationRun', { description: '超时升级结果 · What an escalation run did.' })
export class EscalationRunType {
  @Field(() => Int, { description: '本次升级的投诉数 · Complaints escalated by this run.' })
  escalated!: number;

  @Field(() => [ID], { description: '被升级的投诉 · Their ids.' })
  ids!: string[];
}
