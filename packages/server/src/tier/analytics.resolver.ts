import { previousPeriod } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { filterWhere, loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { connectionType, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { pageOfRows } from '../platform/graphql/page-of.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { periodProfitSql } from '../settlement/profit.service.ts';

@ObjectType('ProfitGrowth', { description: '利润增长 · A merchant’s profit against the period before.' })
class ProfitGrowthType {
  merchantId!: number;

  @Field(() => MerchantType, { description: '商户 · The merchant.' })
  merchant!: Merchant;

  @Field(() => DecimalScalar, { description: '本期利润（元）· Profit this period, yuan.' })
  profit!: string;

  @Field(() => DecimalScalar, { description: '上期利润（元）· Profit in the period before, yuan.' })
  previousProfit!: string;

  @Field(() => DecimalScalar, { description: '增长额（元）· Growth, yuan.' })
  growth!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      '增长率（0.25 即 25%；上期不为正时为空）· Growth rate, 0.25 = 25%; null when the base is not positive.',
  })
  growthRate!: number | null;
}

@ObjectType('BranchPoints', { description: '分公司积分余额 · Points outstanding in a branch.' })
class BranchPointsType {
  @Field(() => String, { description: '分公司 · Branch.' })
  branch!: string;

  @Field(() => Int, { description: '有积分账户的商户数 · Merchants with a points account.' })
  merchants!: number;

  @Field(() => Float, { description: '未兑换积分合计（点）· Points outstanding, in points.' })
  outstanding!: number;
}

const BranchPointsConnectionType = connectionType('BranchPoints', BranchPointsType, [
  '分公司积分余额',
  'branches’ points outstanding',
]);

/** Points outstanding per branch of the user's scope, most first: one row per branch, few rows. */
function pointsByBranch(em: EntityManager, user: AppUser) {
  const where = scopeWhere(user);
  return em.execute<BranchPointsType[]>(
    `select b.name as branch, count(*)::int as merchants, coalesce(sum(a.balance), 0)::float8 as outstanding
     from points_account a join merchant m on m.id = a.merchant_id join branch b on b.id = m.branch_id
     where ${whereSql(where)} group by b.name order by outstanding desc, b.name`,
    where.params,
  );
}

@Resolver()
export class AnalyticsResolver {
  @Authorized()
  @Query(() => [ProfitGrowthType], {
    description:
      '利润增长最多的商户（与上一同长期间相比）· The merchants whose profit grew most against the period before.',
  })
  async profitGrowth(
    @Arg('period', () => String, { description: '期间，如 2026-10、2026-Q3 · Period.' }) periodText: string,
    @Arg('filter', () => MerchantFilter, {
      nullable: true,
      description: '商户筛选（不含分级）· Merchant filter.',
    })
    filter: MerchantFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..100 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ProfitGrowthType[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw new AppError('BAD_USER_INPUT', 'first: between 1 and 100', { field: 'first' });
    const period = parsePeriodArg(periodText);
    const cur = periodProfitSql(period);
    const prev = periodProfitSql(previousPeriod(period));
    const where = filterWhere(filter, scopeWhere(ctx.user!));
    const rows = await ctx.em.execute<
      {
        merchantId: number;
        profit: string;
        previousProfit: string;
        growth: string;
        growthRate: number | null;
      }[]
    >(
      `select m.id as "merchantId", coalesce(c.profit, 0)::numeric(18,2)::text as profit,
              coalesce(p.profit, 0)::numeric(18,2)::text as "previousProfit",
              (coalesce(c.profit, 0) - coalesce(p.profit, 0))::numeric(18,2)::text as growth,
              case when p.profit > 0 then round((c.profit - p.profit) / p.profit, 4)::float8 end as "growthRate"
       from merchant m left join (${cur.sql}) c on c.merchant_id = m.id left join (${prev.sql}) p on p.merchant_id = m.id
       where ${whereSql(where)} and (c.profit is not null or p.profit is not null)
       order by coalesce(c.profit, 0) - coalesce(p.profit, 0) desc, m.mid limit ?`,
      [...cur.params, ...prev.params, ...where.params, first],
    );
    return Promise.all(
      rows.map(async (r) => ({
        ...r,
        merchant: (await loadMerchantById(ctx.em, ctx.loaders, r.merchantId))!,
      })),
    );
  }

  @Authorized()
  @Query(() => [BranchPointsType], {
    description: '各分公司未兑换积分 · Points outstanding by branch.',
    deprecationReason:
      'Use pointsByBranchConnection, which pages both ways and counts; pointsByBranch returns every branch at once.',
  })
  pointsByBranch(@Ctx() ctx: Context) {
    return pointsByBranch(ctx.em, ctx.user!);
  }

  @Authorized()
  @Query(() => BranchPointsConnectionType, {
    description:
      '各分公司未兑换积分（分页，多者在前）· Points outstanding by branch, a page at a time, most first.',
  })
  async pointsByBranchConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const req = pageRequest(page, 'pointsByBranch');
    // An aggregate with a row per branch: computed whole, then paged (most points first, then name).
    return pageOfRows(await pointsByBranch(ctx.em, ctx.user!), req, (r) => [-r.outstanding, r.branch]);
  }
}
