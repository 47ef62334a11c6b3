import type { Period } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { merchantWhere } from '../merchant/merchant.service.ts';
import { MerchantType, TierCode } from '../merchant/merchant.types.ts';
import { type SqlWhere } from '../platform/db/sql-where.ts';
import {
  connectionType,
  encodeCursor,
  notACursor,
  PageArgs,
  pageRequest,
} from '../platform/graphql/connection.ts';
import { globalId, NodeInterface } from '../platform/graphql/node.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { churnRisks, type InsightPage, poorQuality, upgradeCandidates } from './tier-lists.service.ts';

@ObjectType('MerchantInsight', {
  implements: NodeInterface,
  description: '名单中的商户及原因 · A merchant on an action list, with the reason.',
})
class MerchantInsightType extends NodeInterface {
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

const MerchantInsightConnectionType = connectionType(
  'MerchantInsight',
  MerchantInsightType,
  ['名单商户', 'merchants on the list'],
  '名单总数 · Merchants on the list.',
);

type Lister = (
  em: EntityManager,
  p: Period,
  w: SqlWhere,
  first: number,
  offset: number,
) => Promise<InsightPage>;

/** The three lists, by the name their insights' global ids carry. */
const LISTS: Record<string, Lister> = {
  upgrade: upgradeCandidates,
  churn: churnRisks,
  poorQuality: poorQuality,
};

type InsightNode = InsightPage['rows'][number] & { id: string };

const asInsight = (list: string, period: string, row: InsightPage['rows'][number]): InsightNode => ({
  ...row,
  id: globalId('MerchantInsight', `${list}_${period}_${row.merchant.mid}`),
});

/**
 * A page of a list ranked in SQL, read by position: the list is computed afresh from the period's
 * figures (there is no row to key on), so its cursors hold the position of an item.
 */
async function list(
  ctx: Context,
  name: string,
  period: string,
  filter: MerchantFilter | null,
  args: PageArgs,
) {
  const req = pageRequest(args, name);
  const lister = LISTS[name]!;
  const p = parsePeriodArg(period);
  const where = await merchantWhere(ctx.em, ctx.user!, filter);
  // Each reading gets its own copy of the conditions.
  const fresh = (): SqlWhere => ({ sql: [...where.sql], params: [...where.params] });
  const at = req.cursor ? Number(req.cursor[0]) : null;
  if (at !== null && !(Number.isInteger(at) && at >= 0)) throw notACursor(req);
  let offset: number;
  let size = req.size;
  if (!req.backward) offset = at === null ? 0 : at + 1;
  else {
    // The last items: the end is the cursor's position, or the list's length.
    const end = at ?? (await lister(ctx.em, p, fresh(), 1, 0)).totalCount;
    offset = Math.max(0, end - req.size);
    size = end - offset;
  }
  const page =
    size > 0 ? await lister(ctx.em, p, fresh(), size, offset) : { rows: [], totalCount: 0, offset };
  const edges = page.rows.map((row, i) => ({
    cursor: encodeCursor(name, [offset + i]),
    node: asInsight(name, period, row),
  }));
  const total = size > 0 ? page.totalCount : (await lister(ctx.em, p, fresh(), 1, 0)).totalCount;
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + size < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** An insight by its global id's key (`list_period_mid`), as node(id) fetches it: afresh, in scope. */
export async function insightByKey(ctx: Context, key: string): Promise<InsightNode | null> {
  const m = /^(upgrade|churn|poorQuality)_([0-9A-Za-z-]{4,10})_(\d{15})$/.exec(key);
  if (!m) return null;
  const [, name, period, mid] = m as unknown as [string, string, string, string];
  let p: Period;
  try {
    p = parsePeriodArg(period);
  } catch {
    return null;
  }
  const where = await merchantWhere(ctx.em, ctx.user!, { search: mid });
  const page = await LISTS[name]!(ctx.em, p, where, 1, 0);
  const row = page.rows.find((r) => r.merchant.mid === mid);
  return row ? asInsight(name, period, row) : null;
}

const PERIOD = { description: '期间，如 2026-10 · Period, e.g. 2026-10.' };
const FILTER = { nullable: true, description: '范围 · Scope of merchants.' };

@Resolver()
export class TierListsResolver {
  @Authorized()
  @Query(() => MerchantInsightConnectionType, {
    description: '有升级潜力的普通/小客户 · Ordinary and small merchants with upgrade potential.',
  })
  upgradeCandidates(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('filter', () => MerchantFilter, FILTER) filter: MerchantFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return list(ctx, 'upgrade', period, filter, page);
  }

  @Authorized()
  @Query(() => MerchantInsightConnectionType, {
    description: '休眠与流失风险商户 · Dormant merchants and churn risk.',
  })
  churnRisks(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('filter', () => MerchantFilter, FILTER) filter: MerchantFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return list(ctx, 'churn', period, filter, page);
  }

  @Authorized()
  @Query(() => MerchantInsightConnectionType, {
    description: '劣质客户候选（连续 3 个月亏损）· Poor-quality candidates: 3 months of losses.',
  })
  poorQualityCandidates(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('filter', () => MerchantFilter, FILTER) filter: MerchantFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return list(ctx, 'poorQuality', period, filter, page);
  }
}
