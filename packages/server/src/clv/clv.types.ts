import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';

export enum ClvModelEnum {
  BGBB = 'bgbb',
  BGNBD = 'bgnbd',
}
registerEnumType(ClvModelEnum, {
  name: 'ClvModel',
  description: '生命周期价值模型（docs/clv.md）· Lifetime-value model.',
  valuesConfig: {
    BGBB: { description: 'BG/BB：按自然月是否活跃（默认）· BG/BB on active calendar months (the default).' },
    BGNBD: { description: 'BG/NBD：按交易日 · BG/NBD on active days.' },
  },
});

@ObjectType('MerchantClv', {
  description:
    '客户生命周期价值（BG/BB 或 BG/NBD + Gamma-Gamma，见 docs/clv.md）· Customer lifetime value estimate.',
})
export class MerchantClvType {
  merchantId!: number;

  @Field(() => String, { description: '估算基准日 · As-of day of the estimate.' })
  asOf!: string;

  @Field(() => DecimalScalar, {
    description:
      '未来 12 个月预期利润（元，已折现）· Expected profit of the next 12 months, yuan, discounted.',
  })
  clv!: string;

  @Field(() => ClvModelEnum, { description: '所用模型 · The model of the estimate.' })
  model!: ClvModelEnum;

  @Field(() => Float, {
    description:
      '未来 12 个月预期活跃期数：BG/BB 为活跃月数，BG/NBD 为交易天数 · Expected active periods in the next 12 months: months (BG/BB) or days (BG/NBD).',
  })
  expectedTransactions!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '未来 12 个月预期活跃月数（BG/BB）· Expected active months in the next 12 months (BG/BB; null for BG/NBD).',
  })
  expectedActiveMonths!: number | null;

  @Field(() => Float, { description: '仍活跃的概率 0..1 · Probability the merchant is still active, 0..1.' })
  probabilityAlive!: number;

  @Field(() => DecimalScalar, {
    description:
      '每个活跃期预期利润（元；BG/BB 为每月，BG/NBD 为每天）· Expected profit per active period, yuan (a month for BG/BB, a day for BG/NBD).',
  })
  expectedValue!: string;
}

@ObjectType('ClvRun', { description: '一次 CLV 估算 · One fit of the CLV model.' })
export class ClvRunType {
  @Field(() => Int, { description: '编号 · Id.' })
  id!: number;

  @Field(() => String, { description: '基准日 · As-of day.' })
  asOf!: string;

  @Field(() => ClvModelEnum, { description: '模型 · The model fitted.' })
  model!: ClvModelEnum;

  @Field(() => Int, { description: '评估的商户数 · Merchants scored.' })
  merchants!: number;

  @Field(() => Int, { description: '用于拟合的商户数 · Merchants the model was fitted on.' })
  fittedOn!: number;

  @Field(() => String, {
    description:
      '拟合参数（JSON：BG/BB 的 alpha、beta、gamma、delta 或 BG/NBD 的 r、alpha、a、b，及 Gamma-Gamma 的 p、q、v，与 approximated 回退数）· Fitted parameters as JSON (BG/BB alpha, beta, gamma, delta or BG/NBD r, alpha, a, b; Gamma-Gamma p, q, v; approximated: merchants that fell back).',
  })
  params!: string;
}

@ObjectType('MerchantByClv', { description: '按 CLV 排序的商户 · A merchant ranked by lifetime value.' })
export class MerchantByClvType {
  merchantId!: number;

  @Field(() => MerchantType, { description: '商户 · The merchant.' })
  merchant!: Merchant;

  @Field(() => MerchantClvType, { description: '估算 · The estimate.' })
  clv!: MerchantClvType;
}

@ObjectType('TierClv', { description: '各层级的生命周期价值 · Lifetime value by tier.' })
export class TierClvType {
  @Field(() => String, { description: '层级 · Tier.' })
  tier!: string;

  @Field(() => Int, { description: '商户数 · Merchants.' })
  merchants!: number;

  @Field(() => DecimalScalar, { description: '未来 12 个月预期利润合计（元）· Sum of 12-month CLV, yuan.' })
  clv!: string;

  @Field(() => Float, { description: '平均仍活跃概率 · Mean probability of being active.' })
  meanProbabilityAlive!: number;
}
