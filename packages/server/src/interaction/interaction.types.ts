import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';
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

@ObjectType('Interaction', {
  implements: NodeInterface,
  description: '一次维护联系（只增不改）· One interaction; corrected by a superseding entry.',
})
export class InteractionType extends NodeInterface {
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

  // supersedesId and supersededById: global ids, in InteractionResolver.
  supersedesId!: string | null;

  supersededById!: string | null;

  @Field(() => String, { description: '录入人 · Who recorded it.' })
  recordedBy!: string;

  @Field(() => Date, { description: '录入时间 · When it was recorded.' })
  recordedAt!: Date;
}

export const InteractionConnectionType = connectionType('Interaction', InteractionType, [
  '联系记录',
  'interactions',
]);

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
    description:
      '备注，必填，2 至 2000 字（说明联系了什么；空着会被拒绝，见 shared/maintenance/interaction-rules.ts）· Notes: required, 2 to 2,000 characters (what the contact was about; left out, the input is refused).',
  })
  notes?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '下次跟进日期 · Next follow-up date.' })
  nextFollowUp?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '经办人登录名（默认本人；分公司经理可代同事录入）· Staff login; yourself by default.',
  })
  staff?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '联系时已核实联系信息（同时完成信息核实任务）· The contact also confirmed the contact data; it answers the re-verification too.',
  })
  contactConfirmed?: boolean | null;
}
