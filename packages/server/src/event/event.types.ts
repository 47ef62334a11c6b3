import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';

// Both types are nodes: `id` is a global id (the resolver makes it from the row id), so node(id)
// fetches an event or an invitation again, and their connections follow the Relay rules.
@ObjectType('CustomerEvent', {
  implements: NodeInterface,
  description: '客户活动：讲座、培训、联谊、重要客户俱乐部 · A customer event.',
})
export class CustomerEventType extends NodeInterface {
  @Field(() => String, { description: '类型：seminar、training、customer_event、club · Kind.' })
  kind!: string;

  @Field(() => String, { description: '名称 · Title.' })
  title!: string;

  @Field(() => Date, { description: '开始时间 · Starts.' })
  startsAt!: Date;

  @Field(() => String, { nullable: true, description: '地点 · Location.' })
  location!: string | null;

  @Field(() => String, { description: '邀请范围（JSON）· Invited segment as JSON.' })
  segment!: string;

  @Field(() => String, { description: '组织者 · Organiser.' })
  createdBy!: string;

  @Field(() => Int, { description: '已邀请 · Invited.' })
  invited!: number;

  @Field(() => Int, { description: '确认参加 · Said yes.' })
  accepted!: number;

  @Field(() => Int, { description: '实际到场 · Attended.' })
  attended!: number;
}

@ObjectType('EventInvitation', {
  implements: NodeInterface,
  description: '活动邀请 · One merchant’s invitation to an event.',
})
export class EventInvitationType extends NodeInterface {
  @Field(() => String, { description: '商户号 · MID.' })
  mid!: string;

  @Field(() => String, { description: '商户名称 · Merchant name.' })
  name!: string;

  @Field(() => String, { description: '回复：pending、yes、no · Reply.' })
  rsvp!: string;

  @Field(() => Date, { description: '邀请时间 · Invited.' })
  invitedAt!: Date;

  @Field(() => Date, { nullable: true, description: '到场时间 · Attended.' })
  attendedAt!: Date | null;
}

export const CustomerEventConnectionType = connectionType('CustomerEvent', CustomerEventType, [
  '客户活动',
  'customer events',
]);

export const EventInvitationConnectionType = connectionType('EventInvitation', EventInvitationType, [
  '活动邀请',
  'invitations',
]);

@InputType('EventSegmentInput', { description: '邀请范围 · The segment to invite.' })
export class EventSegmentInput {
  @Field(() => String, { nullable: true, description: '分级 · Tier.' })
  tier?: string | null;

  @Field(() => String, { nullable: true, description: '分公司 · Branch.' })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: '类别代码 · Category code.' })
  category?: string | null;

  @Field(() => Boolean, { nullable: true, description: '有升级潜力 · With upgrade potential.' })
  potential?: boolean | null;
}

@InputType('CustomerEventInput', { description: '新活动 · A new event.' })
export class CustomerEventInput {
  @Field(() => String, { description: '类型 · Kind.' })
  kind!: string;

  @Field(() => String, { description: '名称 · Title.' })
  title!: string;

  @Field(() => Date, { description: '开始时间 · Starts.' })
  startsAt!: Date;

  @Field(() => String, { nullable: true, description: '地点 · Location.' })
  location?: string | null;

  @Field(() => EventSegmentInput, { nullable: true, description: '邀请范围 · Segment.' })
  segment?: EventSegmentInput | null;
}

@ObjectType('InvitationRun', { description: '发送邀请的结果 · What sending invitations did.' })
export class InvitationRunType {
  @Field(() => Int, { description: '本次邀请 · Invited now.' })
  invited!: number;

  @Field(() => Int, { description: '此前已邀请 · Invited before.' })
  alreadyInvited!: number;
}
