import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../platform/graphql/scalars.ts';
import {
  ComplaintCategoryEnum,
  ComplaintChannelEnum,
  ComplaintKindEnum,
  ComplaintStatusEnum,
} from './complaint.types.ts';

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
