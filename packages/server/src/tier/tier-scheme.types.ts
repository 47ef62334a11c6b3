import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { TierCode } from '../merchant/merchant.types.ts';
import { connectionType } from '../platform/graphql/connection.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';

export enum TierSchemeKindEnum {
  SHARE = 'SHARE',
  THRESHOLD = 'THRESHOLD',
}
registerEnumType(TierSchemeKindEnum, {
  name: 'TierSchemeKind',
  description: '分级方式 · How a tier scheme cuts the merchants.',
  valuesConfig: {
    SHARE: { description: '按利润排名的累计占比 · By cumulative share of the profit ranking.' },
    THRESHOLD: { description: '按指标门槛 · By a minimum of a measure over the period.' },
  },
});

export enum TierMeasureEnum {
  PROFIT = 'PROFIT',
  TXN_AMOUNT = 'TXN_AMOUNT',
}
registerEnumType(TierMeasureEnum, {
  name: 'TierMeasure',
  description: '门槛方案的衡量指标（期间合计）· What a threshold scheme measures over the period.',
  valuesConfig: {
    PROFIT: { description: '利润 · Profit.' },
    TXN_AMOUNT: { description: '交易金额 · Transaction amount.' },
  },
});

@ObjectType('TierSchemeLevel', { description: '分级方案的一级 · One level of a tier scheme.' })
export class TierSchemeLevelType {
  @Field(() => TierCode, { description: '对应的客户分级 · The tier code the level stands for.' })
  tier!: TierCode;

  @Field(() => String, { description: '中文名称 · Name in Chinese.' })
  zh!: string;

  @Field(() => String, { description: '英文名称 · Name in English.' })
  en!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      '累计商户占比（%，占比方案）· Cumulative share of merchants in percent (share schemes); null otherwise.',
  })
  cumulativePercent!: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      '门槛（元，门槛方案；最低一级为 null，涵盖其余商户）· Minimum of the measure in yuan (threshold schemes); null for the bottom level, which takes everyone else.',
  })
  minAmount!: string | null;
}

@ObjectType('TierScheme', { description: '分级方案的一个版本 · A version of the tier scheme.' })
export class TierSchemeType {
  @Field(() => ID, { description: '全局编号 · Global id.' })
  id!: string;

  @Field(() => TierSchemeKindEnum, { description: '分级方式 · Share or threshold.' })
  kind!: TierSchemeKindEnum;

  @Field(() => TierMeasureEnum, {
    nullable: true,
    description: '门槛方案的衡量指标 · What a threshold scheme measures; null for a share scheme.',
  })
  measure!: TierMeasureEnum | null;

  @Field(() => [TierSchemeLevelType], { description: '四级，自上而下 · The four levels, top first.' })
  levels!: TierSchemeLevelType[];

  @Field(() => String, {
    nullable: true,
    description: '生效月份 YYYY-MM；null 表示自最初 · First month it applies to; null: from the beginning.',
  })
  effectiveFrom!: string | null;

  @Field(() => String, { description: '设置人 · Who set it.' })
  createdBy!: string;

  @Field(() => String, { description: '设置时间（ISO 8601）· When it was set, ISO 8601.' })
  createdAt!: string;
}

export const TierSchemeConnectionType = connectionType('TierScheme', TierSchemeType, [
  '分级方案版本',
  'tier scheme versions',
]);

@InputType('TierSchemeLevelInput', { description: '分级方案的一级 · One level of a tier scheme.' })
export class TierSchemeLevelInput {
  @Field(() => TierCode, { description: '对应的客户分级（自上而下）· The tier code, top first.' })
  tier!: TierCode;

  @Field(() => String, { description: '中文名称（1–20 字）· Name in Chinese, 1 to 20 characters.' })
  zh!: string;

  @Field(() => String, { description: '英文名称（1–20 字）· Name in English, 1 to 20 characters.' })
  en!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      '累计商户占比（%，最多两位小数，逐级上升，最后一级 100）· Cumulative share in percent, at most 2 decimals, rising to 100 (share schemes).',
  })
  cumulativePercent?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      '门槛（元，自上而下递减；最低一级不填）· Minimum in yuan, falling from the top; none for the bottom level (threshold schemes).',
  })
  minAmount?: string | null;
}

@InputType('SetTierSchemeInput', { description: '新的分级方案版本 · A new version of the tier scheme.' })
export class SetTierSchemeInput {
  @Field(() => TierSchemeKindEnum, { description: '分级方式 · Share or threshold.' })
  kind!: TierSchemeKindEnum;

  @Field(() => TierMeasureEnum, {
    nullable: true,
    description: '门槛方案的衡量指标 · What a threshold scheme measures (threshold schemes only).',
  })
  measure?: TierMeasureEnum | null;

  @Field(() => [TierSchemeLevelInput], { description: '四级，自上而下 · The four levels, top first.' })
  levels!: TierSchemeLevelInput[];

  @Field(() => String, { description: '生效月份 YYYY-MM · The first month it applies to, YYYY-MM.' })
  effectiveFrom!: string;
}

@ObjectType('SetTierSchemeResult', { description: '分级方案变更的结果 · What a tier scheme change did.' })
export class SetTierSchemeResultType {
  @Field(() => TierSchemeType, { description: '新版本 · The new version.' })
  scheme!: TierSchemeType;

  @Field(() => [String], {
    description:
      '已按新方案重算快照的期间（自生效月份起已有快照的期间）· Periods whose stored snapshot was recomputed: those from the first month on that had one.',
  })
  recomputedPeriods!: string[];
}
