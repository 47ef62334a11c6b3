import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';
import { DateScalar, DecimalScalar } from '../platform/graphql/scalars.ts';

// The points table's API shape (docs/domain.md §5): amounts in yuan (Decimal strings), discount
// bands as decimal fractions like the merchant's fee plan, counts as whole numbers.

@ObjectType('PointsRule', {
  description: '积分规则表的一行（按日期分版本）· One row of the points table, versioned by date.',
})
export class PointsRuleType {
  @Field(() => String, {
    description: '规则编号（记在积分流水上）· Rule code, as the ledger entries name it.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: '商户类型编码，空为任意类型 · Category code; null matches every category.',
  })
  category!: string | null;

  @Field(() => String, {
    description: '费率方案：rate（按扣率）或 capped（封顶）· Fee plan: rate or capped.',
  })
  feePlan!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '封顶额（元/笔），空为任意 · Fee cap in yuan per transaction; null matches any.',
  })
  cap!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '扣率优惠低于此值（小数，0.0008 即 0.08%）· Discount against the list rate below this (decimal fraction).',
  })
  discountBelow!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '扣率优惠不低于此值（小数）· Discount against the list rate at or above this (decimal fraction).',
  })
  discountAtLeast!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      '每累计非封顶交易金额（元）得 1 点，空为不按金额 · 1 point per this cumulative non-capped amount in yuan; null: none.',
  })
  amountThreshold!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '每累计 N 笔封顶交易得 1 点，空为不按笔数 · 1 point per N capped transactions; null: none.',
  })
  cappedCountN!: number | null;

  @Field(() => DateScalar, { description: '生效日期（含）· Valid from, inclusive.' })
  validFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: '失效日期（含），空为仍有效 · Valid to, inclusive; null: open.',
  })
  validTo!: string | null;

  @Field(() => String, { description: '保存人 · Who saved it.' })
  savedBy!: string;

  @Field(() => Date, { description: '保存时间 · When it was saved.' })
  savedAt!: Date;
}

export const PointsRuleConnectionType = connectionType('PointsRule', PointsRuleType, [
  '积分规则',
  'points rules',
]);

@InputType('PointsRuleInput', { description: '积分规则表的一行 · One row of a points table.' })
export class PointsRuleInput {
  @Field(() => String, {
    description: '规则编号：小写字母、数字、连字符 · Rule code: lowercase letters, digits, hyphens.',
  })
  code!: string;

  @Field(() => String, { nullable: true, description: '商户类型编码，空为任意 · Category code; null: any.' })
  category?: string | null;

  @Field(() => String, { description: '费率方案：rate 或 capped · Fee plan: rate or capped.' })
  feePlan!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '封顶额（元/笔）· Fee cap in yuan; null: any.' })
  cap?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '扣率优惠低于此值（小数）· Discount below this (decimal fraction); null: no bound.',
  })
  discountBelow?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '扣率优惠不低于此值（小数）· Discount at or above this (decimal fraction); null: no bound.',
  })
  discountAtLeast?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '每累计金额（元）得 1 点 · 1 point per this cumulative amount in yuan; null: none.',
  })
  amountThreshold?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '每 N 笔封顶交易得 1 点 · 1 point per N capped transactions; null: none.',
  })
  cappedCountN?: number | null;
}

@ObjectType('PointsTableSaved', { description: '保存的积分规则表 · A points table saved.' })
export class PointsTableSavedType {
  @Field(() => DateScalar, { description: '生效日期 · Effective from.' })
  effectiveFrom!: string;

  @Field(() => Int, { description: '行数 · Rows in the table.' })
  rows!: number;
}
