import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';

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

  @Field(() => String, { nullable: true, description: '经办人登录名 · Who, by login.' })
  actor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '经办人姓名（无此用户时为登录名）· Who, by name (the login where no user has it).',
  })
  actorName!: string | null;

  @Field(() => Boolean, { description: '已被更正 · Corrected by a later entry.' })
  superseded!: boolean;

  @Field(() => String, {
    description:
      '游标（用于 timeline 的 before；timelineConnection 用 edge 的游标）· Cursor for `before` of `timeline`; timelineConnection pages with its edges’ cursors.',
  })
  cursor!: string;
}

export const TimelineEventConnectionType = connectionType('TimelineEvent', TimelineEventType, [
  '时间线事件',
  'timeline events',
]);
