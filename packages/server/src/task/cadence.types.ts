import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InteractionKindEnum } from '../interaction/interaction.types.ts';
import { TierCode } from '../merchant/merchant.types.ts';

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

@ObjectType('TierFollowUp', {
  description:
    '分级快照之后的维护级别与任务更新（快照先答复，任务随后跟上）· Whether the cadence and open tasks have caught up with the stored tier snapshots: a snapshot answers first and its tasks follow.',
})
export class TierFollowUpType {
  @Field(() => [String], {
    description:
      '任务尚未跟上的快照期间，最早的在前 · Snapshot periods whose tasks are still to follow, oldest first.',
  })
  pendingPeriods!: string[];

  @Field(() => Date, {
    nullable: true,
    description:
      '其中最早的快照时间；全部跟上时为空 · When the oldest of them was stored; null when all have caught up.',
  })
  pendingSince!: Date | null;

  @Field(() => Boolean, { description: '正在更新 · Whether a server is updating them now.' })
  running!: boolean;
}
