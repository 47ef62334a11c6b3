import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TierCode } from '../merchant/merchant.types.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';

@ObjectType('PyramidTier', {
  description: '金字塔的一层：商户数与利润 · One tier of the pyramid: merchant count and profit.',
})
export class PyramidTierType {
  @Field(() => TierCode, { description: '客户分级 · The tier.' })
  tier!: TierCode;

  @Field(() => String, {
    description: '该期间分级方案中的中文级别名称 · The level name in Chinese, from the period’s tier scheme.',
  })
  zh!: string;

  @Field(() => String, {
    description: '该期间分级方案中的英文级别名称 · The level name in English, from the period’s tier scheme.',
  })
  en!: string;

  @Field(() => Int, { description: '该层商户数 · Merchants in the tier.' })
  merchantCount!: number;

  @Field(() => Float, { description: '商户数占比 0..1 · Share of merchants, 0..1.' })
  countShare!: number;

  @Field(() => DecimalScalar, { description: '该层利润合计（元）· Profit of the tier in yuan.' })
  profit!: string;

  @Field(() => Float, {
    description:
      '利润占比 = 该层利润 / 总利润（亏损时可为负）· profit / totalProfit; negative for a loss-making tier.',
  })
  profitShare!: number;
}

@ObjectType('Pyramid', {
  description:
    '客户金字塔：商户数量金字塔与利润金字塔 · The customer pyramid: merchant counts against profit.',
})
export class PyramidType {
  @Field(() => String, { description: '期间 · The period, normalised (e.g. 2026-10, 2026-Q3).' })
  period!: string;

  @Field(() => Int, {
    description: '参与排名的商户数 · Merchants ranked: onboarded by the period end, not terminated.',
  })
  merchantCount!: number;

  @Field(() => DecimalScalar, { description: '总利润（元）· Total profit in yuan.' })
  totalProfit!: string;

  @Field(() => [PyramidTierType], {
    description: '四层，自上而下：KEY、SECONDARY、ORDINARY、SMALL · The four tiers, top first.',
  })
  tiers!: PyramidTierType[];

  @Field(() => Float, {
    description: '利润基尼系数 0..1（亏损计为 0）· Gini coefficient of profit, 0..1 (losses count as 0).',
  })
  gini!: number;

  @Field(() => Float, {
    description: '前 20% 商户的利润占比 · Share of profit held by the top 20% of merchants.',
  })
  top20Share!: number;
}

@ObjectType('MigrationCell', { description: '分级迁移矩阵的一格 · One cell of the tier migration matrix.' })
export class MigrationCellType {
  @Field(() => TierCode, {
    nullable: true,
    description: '起始期间的分级；null 表示新商户 · Tier in the first period; null for a new merchant.',
  })
  fromTier!: TierCode | null;

  @Field(() => TierCode, {
    nullable: true,
    description:
      '结束期间的分级；null 表示已离开 · Tier in the second period; null for a merchant that left.',
  })
  toTier!: TierCode | null;

  @Field(() => Int, { description: '商户数 · Number of merchants.' })
  merchantCount!: number;
}

@ObjectType('TierMigration', {
  description: '两个期间之间的分级迁移（升级/降级）· Tier migration between two periods.',
})
export class TierMigrationType {
  @Field(() => String, { description: '起始期间 · First period.' })
  from!: string;

  @Field(() => String, { description: '结束期间 · Second period.' })
  to!: string;

  @Field(() => [MigrationCellType], { description: '非空的格 · The non-empty cells.' })
  cells!: MigrationCellType[];
}

@ObjectType('LorenzPoint', { description: '帕累托/洛伦兹曲线上的点 · A point of the Pareto (Lorenz) curve.' })
export class LorenzPointType {
  @Field(() => Float, {
    description: '累计商户占比（按利润从高到低）0..1 · Cumulative share of merchants, highest profit first.',
  })
  merchantShare!: number;

  @Field(() => Float, { description: '累计利润占比 · Cumulative share of profit.' })
  profitShare!: number;
}

@ObjectType('TierSnapshotEntry', {
  description: '某期间的官方分级 · The official tier of a merchant in one period.',
})
export class TierSnapshotEntryType {
  @Field(() => String, { description: '期间 · Period.' })
  period!: string;

  @Field(() => TierCode, { description: '分级 · Tier.' })
  tier!: TierCode;

  @Field(() => Int, { description: '全公司利润排名（1 为最高）· Company-wide rank by profit, 1 = highest.' })
  rank!: number;

  @Field(() => DecimalScalar, { description: '该期间利润（元）· Profit in the period, yuan.' })
  profit!: string;
}
