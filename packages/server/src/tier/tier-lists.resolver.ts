import type { Period } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { merchantWhere } from '../merchant/merchant.service.ts';
import { MerchantType, TierCode } from '../merchant/merchant.types.ts';
import { type SqlWhere } from '../platform/db/sql-where.ts';
import { PageInfoType } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { churnRisks, type InsightPage, poorQuality, upgradeCandidates } from './tier-lists.service.ts';

@ObjectType('MerchantInsight', {
  description: '名单中的商户及原因 · A merchant on an action list, with the reason.',
})
class MerchantInsightType {
  @Field(() => MerchantType, { description: '商户 · The merchant.' })
  merchant!: MerchantType;

  @Field(() => TierCode, {
    nullable: true,
    description: '该期间的分级 · Tier in the period, where the list uses one.',
  })
  tier!: TierCode | null;

  @Field(() => DecimalScalar, { description: '相关利润（元）· The profit the rule looked at, in yuan.' })
  profit!: string;

  @Field(() => [String], {
    description:
      '原因代码：growth（增长≥20%）、near_cutoff（距上一层门槛 20% 内）、dormant（30 天无交易）、volume_drop（交易额下降≥50%）、negative_profit_3_months · Reason codes.',
  })
  reasons!: string[];

  @Field(() => String, { description: '原因说明（数字）· The figures behind the reasons.' })
  detail!: string;
}

@ObjectType('MerchantInsightEdge', { description: '名单的一项 · One item of an action list.' })
class MerchantInsightEdgeType {
  @Field(() => String, { description: '游标 · Cursor.' })
  cursor!: string;

  @Field(() => MerchantInsightType, { description: '商户及原因 · Merchant and reason.' })
  node!: MerchantInsightType;
}

@ObjectType('MerchantInsightConnection', { description: '名单（分页）· An action list, a page at a time.' })
class MerchantInsightConnectionType {
  @Field(() => [MerchantInsightEdgeType], { description: '本页 · This page.' })
  edges!: MerchantInsightEdgeType[];

  @Field(() => PageInfoType, { description: '分页信息 · Page information.' })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: '名单总数 · Merchants on the list.' })
  totalCount!: number;
}

type Lister = (
  em: EntityManager,
  p: Period,
  w: SqlWhere,
  first: number,
  offset: number,
) => Promise<InsightPage>;

const offsetOf = (after: string | null) => {
  if (!after) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!m) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list');
  return Number(m[1]);
};
const cursorOf = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

async function list(
  ctx: Context,
  lister: Lister,
  period: string,
  filter: MerchantFilter | null,
  first: number,
  after: string | null,
) {
  if (first < 1 || first > 100) throw new AppError('BAD_USER_INPUT', 'first: must be between 1 and 100');
  const offset = offsetOf(after);
  const p = await lister(
    ctx.em,
    parsePeriodArg(period),
    await merchantWhere(ctx.em, ctx.user!, filter),
    first,
    offset,
  );
  const edges = p.rows.map((node, i) => ({
    cursor: cursorOf(offset + i + 1),
    node: node as unknown as MerchantInsightType,
  }));
  return {
    edges,
    totalCount: p.totalCount,
    pageInfo: {
      hasNextPage: offset + first < p.totalCount,
      endCursor: offset + first < p.totalCount ? cursorOf(offset + first) : null,
    },
  };
}

const PERIOD = { description: '期间，如 2026-10 · Period, e.g. 2026-10.' };
const FILTER = { nullable: true, description: '范围 · Scope of merchants.' };
const FIRST = { defaultValue: 20, description: '每页条数 1..100 · Page size.' };
const AFTER = { nullable: true, description: '游标 · Start after this cursor.' };

@Resolver()
export class TierListsResolver {
  @Authorized()
  @Query(() => MerchantInsightConnectionType, {
    description: '有升级潜力的普通/小客户 · Ordinary and small merchants with upgrade potential.',
  })
  upgradeCandidates(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('filter', () => MerchantFilter, FILTER) filter: MerchantFilter | null,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return list(ctx, upgradeCandidates, period, filter, first, after);
  }

  @Authorized()
  @Query(() => MerchantInsightConnectionType, {
    description: '休眠与流失风险商户 · Dormant merchants and churn risk.',
  })
  churnRisks(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('filter', () => MerchantFilter, FILTER) filter: MerchantFilter | null,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return list(ctx, churnRisks, period, filter, first, after);
  }

  @Authorized()
  @Query(() => MerchantInsightConnectionType, {
    description: '劣质客户候选（连续 3 个月亏损）· Poor-quality candidates: 3 months of losses.',
  })
  poorQualityCandidates(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('filter', () => MerchantFilter, FILTER) filter: MerchantFilter | null,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return list(ctx, poorQuality, period, filter, first, after);
  }
}
