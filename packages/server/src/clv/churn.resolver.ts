import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  Info,
  Int,
  Mutation,
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
import { intArray } from '../platform/db/values.ts';
import { mapNodes, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { type BacktestResult, runBacktest } from './backtest.service.ts';
import {
  AtRiskMerchantConnection,
  type AtRiskMerchantType,
  AtRiskOrderEnum,
  ClvBacktestType,
  MerchantChurnType,
} from './churn.types.ts';

const CHURN_COLUMNS = `ch.merchant_id as "merchantId", r.as_of::text as "asOf", ch.score, ch.reasons,
  (mc.clv * ch.score)::numeric(18,2)::text as "valueAtRisk"`;
const CHURN_FROM = `merchant_churn ch join churn_run r on r.id = ch.run_id left join merchant_clv mc on mc.merchant_id = ch.merchant_id`;

type AtRiskRow = Omit<AtRiskMerchantType, 'merchant'> & { mid: string; var_key: string };

/** A stored back-test as the API shows it (an AUC of one class only is no number: null). */
function backtestOf(row: { id: number; result: BacktestResult; computed_at: Date }): ClvBacktestType {
  const r = row.result;
  return {
    ...r,
    id: row.id,
    deciles: r.deciles.map((d) => ({ ...d, sumPredicted: d.sumPredicted ?? 0, sumActual: d.sumActual ?? 0 })),
    signals: r.signals.map((s) => ({ ...s, auc: Number.isFinite(s.auc) ? s.auc : null })),
    scoreFitted: r.score.fitted,
    computedAt: row.computed_at,
  };
}

@Resolver()
export class ChurnResolver {
  @Authorized()
  @Query(() => AtRiskMerchantConnection, {
    description:
      '流失预警名单（最新评分，按可见范围）：每户的流失概率、原因与风险价值 · Merchants at risk of leaving, with reasons and value at risk, within the caller’s scope.',
  })
  async atRiskMerchants(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MerchantFilter, { nullable: true, description: '商户筛选 · Merchant filter.' })
    filter: MerchantFilter | null,
    @Arg('orderBy', () => AtRiskOrderEnum, {
      defaultValue: AtRiskOrderEnum.VALUE_AT_RISK,
      description: '排序 · Order.',
    })
    orderBy: AtRiskOrderEnum,
    @Arg('minScore', () => Float, {
      defaultValue: 0.1,
      description: '最低流失概率 0..1（默认 0.1）· Lowest score listed, 0..1.',
    })
    minScore: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!(minScore >= 0 && minScore <= 1))
      throw new AppError('BAD_USER_INPUT', 'minScore: must be between 0 and 1', { field: 'minScore' });
    const req = pageRequest(page, `atRisk${orderBy}`, 20, info);
    const where = await merchantWhere(ctx.em, ctx.user!, filter);
    const byValue = orderBy === AtRiskOrderEnum.VALUE_AT_RISK;
    // Value at risk is stored as two factors; a merchant without a value sorts as 0.
    const sortKey = byValue ? 'coalesce(mc.clv * ch.score, 0)::numeric(18,2)' : 'ch.score';
    const conn = await pageOfSql<AtRiskRow>(
      ctx.em,
      {
        select: `${CHURN_COLUMNS}, m.mid, mc.clv::text as clv, mc.probability_alive as "probabilityAlive",
                 ${sortKey}::text as var_key`,
        from: `${CHURN_FROM} join merchant m on m.id = ch.merchant_id`,
        where: { sql: [...where.sql, 'ch.score >= ?'], params: [...where.params, minScore] },
        orderBy: [sortKey, 'm.mid'],
        direction: 'desc',
        types: [byValue ? 'numeric' : 'float8', 'text'],
        keys: (r) => [byValue ? r.var_key : r.score, r.mid],
      },
      req,
    );
    return mapNodes(conn, async (r) => ({
      ...r,
      merchant: (await loadMerchantById(ctx.em, ctx.loaders, r.merchantId))!,
    }));
  }

  @Allowed('readModelChecks')
  @Query(() => ClvBacktestType, {
    nullable: true,
    description: '最近一次生命周期价值与流失回测 · The latest lifetime-value and churn back-test.',
  })
  async clvBacktest(@Ctx() ctx: Context) {
    const [row] = await ctx.em.execute<{ id: number; result: BacktestResult; computed_at: Date }[]>(
      'select id, result, computed_at from clv_backtest order by id desc limit 1',
    );
    return row ? backtestOf(row) : null;
  }

  @Allowed('administer')
  @Mutation(() => ClvBacktestType, {
    description:
      '回测：用基准日前 N 个月的历史拟合，预测其后 N 个月并与实际比较 · Back-test: fit on the history up to asOf − N months and hold the forecast against what happened.',
  })
  async runClvBacktest(
    @Arg('asOf', () => String, {
      description: '基准日（留出期最后一天）· As-of day: the holdout’s last day.',
    })
    asOf: string,
    @Arg('holdoutMonths', () => Int, { defaultValue: 2, description: '留出月数 1..12 · Holdout months.' })
    holdoutMonths: number,
    @Ctx() ctx: Context,
  ) {
    const r = await runBacktest(ctx.em, asOf, holdoutMonths, ctx.user!.login);
    return backtestOf({ id: r.id, result: r, computed_at: new Date() });
  }
}

@Resolver(() => MerchantType)
export class MerchantChurnResolver {
  @FieldResolver(() => MerchantChurnType, {
    nullable: true,
    description: '流失风险评分与原因（最新评分）· Churn score and reasons from the latest run.',
  })
  churn(@Root() m: Merchant, @Ctx() ctx: Context) {
    return ctx.loaders
      .get<MerchantChurnType | null>(
        'churn',
        async (ids) => {
          const rows = await ctx.em.execute<MerchantChurnType[]>(
            `select ${CHURN_COLUMNS} from ${CHURN_FROM} where ch.merchant_id = any(?::int[])`,
            [intArray(ids.map(Number))],
          );
          return new Map(rows.map((r) => [String(r.merchantId), r]));
        },
        null,
      )
      .load(String(m.id));
  }
}
