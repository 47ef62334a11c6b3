import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { loadMerchantById, merchantWhere } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { checkSize } from '../platform/graphql/connection.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';
import { intArray } from '../settlement/profit.service.ts';
import { computeClv } from './clv.service.ts';

@ObjectType('MerchantClv', {
  description: '客户生命周期价值（BG/NBD + Gamma-Gamma，见 docs/clv.md）· Customer lifetime value estimate.',
})
class MerchantClvType {
  merchantId!: number;

  @Field(() => String, { description: '估算基准日 · As-of day of the estimate.' })
  asOf!: string;

  @Field(() => DecimalScalar, {
    description:
      '未来 12 个月预期利润（元，已折现）· Expected profit of the next 12 months, yuan, discounted.',
  })
  clv!: string;

  @Field(() => Float, {
    description: '未来 12 个月预期交易天数 · Expected active days in the next 12 months.',
  })
  expectedTransactions!: number;

  @Field(() => Float, { description: '仍活跃的概率 0..1 · Probability the merchant is still active, 0..1.' })
  probabilityAlive!: number;

  @Field(() => DecimalScalar, {
    description: '每个交易日预期利润（元）· Expected profit per active day, yuan.',
  })
  expectedValue!: string;
}

@ObjectType('ClvRun', { description: '一次 CLV 估算 · One fit of the CLV model.' })
class ClvRunType {
  @Field(() => Int, { description: '编号 · Id.' })
  id!: number;

  @Field(() => String, { description: '基准日 · As-of day.' })
  asOf!: string;

  @Field(() => Int, { description: '评估的商户数 · Merchants scored.' })
  merchants!: number;

  @Field(() => Int, { description: '用于拟合的商户数 · Merchants the model was fitted on.' })
  fittedOn!: number;

  @Field(() => String, {
    description: '拟合参数（JSON：r、alpha、a、b、p、q、v）· Fitted parameters as JSON.',
  })
  params!: string;
}

@ObjectType('MerchantByClv', { description: '按 CLV 排序的商户 · A merchant ranked by lifetime value.' })
class MerchantByClvType {
  merchantId!: number;

  @Field(() => MerchantType, { description: '商户 · The merchant.' })
  merchant!: Merchant;

  @Field(() => MerchantClvType, { description: '估算 · The estimate.' })
  clv!: MerchantClvType;
}

@ObjectType('TierClv', { description: '各层级的生命周期价值 · Lifetime value by tier.' })
class TierClvType {
  @Field(() => String, { description: '层级 · Tier.' })
  tier!: string;

  @Field(() => Int, { description: '商户数 · Merchants.' })
  merchants!: number;

  @Field(() => DecimalScalar, { description: '未来 12 个月预期利润合计（元）· Sum of 12-month CLV, yuan.' })
  clv!: string;

  @Field(() => Float, { description: '平均仍活跃概率 · Mean probability of being active.' })
  meanProbabilityAlive!: number;
}

const CLV_COLUMNS = `c.merchant_id as "merchantId", r.as_of::text as "asOf", c.clv::text as clv,
  c.expected_transactions as "expectedTransactions", c.probability_alive as "probabilityAlive",
  c.expected_value::text as "expectedValue"`;

@Resolver()
export class ClvResolver {
  @Allowed('administer')
  @Mutation(() => ClvRunType, {
    description: '拟合 CLV 模型并为全部商户估算 · Fit the CLV model and score every merchant.',
  })
  async computeClv(
    @Arg('asOf', () => String, {
      nullable: true,
      description: '基准日（默认今天）· As-of day; today by default.',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    const r = await computeClv(ctx.em, asOf ?? undefined, ctx.user!.login);
    return { ...r, params: JSON.stringify({ bgNbd: r.bgNbd, gammaGamma: r.gammaGamma }) };
  }

  @Authorized()
  @Query(() => ClvRunType, { nullable: true, description: '最近一次 CLV 估算 · The latest CLV fit.' })
  async clvRun(@Ctx() ctx: Context) {
    const [r] = await ctx.em.execute<ClvRunType[]>(
      `select id, as_of::text as "asOf", merchants, fitted_on as "fittedOn", params::text as params
       from clv_run order by id desc limit 1`,
    );
    return r ?? null;
  }

  @Authorized()
  @Query(() => [MerchantByClvType], {
    description: '按生命周期价值排序的商户（最新估算）· Merchants by lifetime value, highest first.',
  })
  async merchantsByClv(
    @Arg('filter', () => MerchantFilter, { nullable: true, description: '商户筛选 · Merchant filter.' })
    filter: MerchantFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..100 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    checkSize('first', first);
    const where = await merchantWhere(ctx.em, ctx.user!, filter);
    const rows = await ctx.em.execute<MerchantClvType[]>(
      `select ${CLV_COLUMNS} from merchant_clv c join clv_run r on r.id = c.run_id join merchant m on m.id = c.merchant_id
       where ${whereSql(where)} order by c.clv desc, m.mid limit ?`,
      [...where.params, first],
    );
    return Promise.all(
      rows.map(async (c) => ({
        merchantId: c.merchantId,
        clv: c,
        merchant: (await loadMerchantById(ctx.em, ctx.loaders, c.merchantId))!,
      })),
    );
  }

  @Authorized()
  @Query(() => [TierClvType], {
    description: '金字塔各层的生命周期价值（官方分级）· Lifetime value by official tier of a period.',
  })
  async clvByTier(
    @Arg('period', () => String, { description: '分级期间 · Tier period.' }) period: string,
    @Ctx() ctx: Context,
  ) {
    const where = await merchantWhere(ctx.em, ctx.user!, null);
    return ctx.em.execute<TierClvType[]>(
      `select s.tier, count(*)::int as merchants, sum(c.clv)::numeric(18,2)::text as clv,
              avg(c.probability_alive)::float8 as "meanProbabilityAlive"
       from tier_snapshot s join merchant_clv c on c.merchant_id = s.merchant_id join merchant m on m.id = s.merchant_id
       where s.period = ? and ${whereSql(where)} group by s.tier
       order by array_position(array['KEY','SECONDARY','ORDINARY','SMALL'], s.tier)`,
      [period, ...where.params],
    );
  }
}

@Resolver(() => MerchantType)
export class MerchantClvResolver {
  @FieldResolver(() => MerchantClvType, {
    nullable: true,
    description: '客户生命周期价值（最新估算）· Lifetime value from the latest estimate.',
  })
  clv(@Root() m: Merchant, @Ctx() ctx: Context) {
    return ctx.loaders
      .get<MerchantClvType | null>(
        'clv',
        async (ids) => {
          const rows = await ctx.em.execute<MerchantClvType[]>(
            `select ${CLV_COLUMNS} from merchant_clv c join clv_run r on r.id = c.run_id where c.merchant_id = any(?::int[])`,
            [intArray(ids.map(Number))],
          );
          return new Map(rows.map((r) => [String(r.merchantId), r]));
        },
        null,
      )
      .load(String(m.id));
  }
}
