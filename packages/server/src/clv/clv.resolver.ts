import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { loadMerchantById, merchantWhere } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { intArray } from '../platform/db/values.ts';
import { checkSize } from '../platform/graphql/connection.ts';
import { computeValueAndRisk } from './clv.service.ts';
import { ClvModelEnum, ClvRunType, MerchantByClvType, MerchantClvType, TierClvType } from './clv.types.ts';

const CLV_COLUMNS = `c.merchant_id as "merchantId", r.as_of::text as "asOf", r.model, c.clv::text as clv,
  c.expected_transactions as "expectedTransactions",
  case r.model when 'bgbb' then c.expected_transactions end as "expectedActiveMonths", c.probability_alive as "probabilityAlive",
  c.expected_value::text as "expectedValue"`;

@Resolver()
export class ClvResolver {
  @Allowed('administer')
  @Mutation(() => ClvRunType, {
    description:
      '拟合 CLV 模型，为全部商户估算价值与流失风险，并为高风险重要商户生成挽留任务 · Fit the CLV model, score every merchant’s value and churn risk, and give at-risk key merchants a retention task.',
  })
  async computeClv(
    @Arg('asOf', () => String, {
      nullable: true,
      description:
        '基准日（BG/BB 默认上个整月的最后一天，BG/NBD 默认今天）· As-of day; by default the last day of the last whole month (BG/BB) or today (BG/NBD).',
    })
    asOf: string | null,
    @Arg('model', () => ClvModelEnum, {
      defaultValue: ClvModelEnum.BGBB,
      description: '模型（默认 BG/BB）· The model; BG/BB by default.',
    })
    model: ClvModelEnum,
    @Ctx() ctx: Context,
  ) {
    const { clv: r } = await computeValueAndRisk(ctx.em, asOf ?? undefined, ctx.user!.login, model);
    return { ...r, params: JSON.stringify(r.params) };
  }

  @Authorized()
  @Query(() => ClvRunType, { nullable: true, description: '最近一次 CLV 估算 · The latest CLV fit.' })
  async clvRun(@Ctx() ctx: Context) {
    const [r] = await ctx.em.execute<ClvRunType[]>(
      `select id, as_of::text as "asOf", model, merchants, fitted_on as "fittedOn", params::text as params
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
