import type { Period } from '@cornerstone/shared/period/period';
import { TIER_CODES, type TierCode } from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
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
import { merchantWhere } from '../merchant/merchant.service.ts';
import { MerchantType, TierCode as TierCodeEnum } from '../merchant/merchant.types.ts';
import { ResultCache } from '../platform/cache/result-cache.ts';
import { analyticsSql } from '../platform/db/replicas.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { intArray, textArray } from '../platform/db/values.ts';
import { PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { computePyramidSql, lorenzSql } from './pyramid.service.ts';
import { LorenzPointType, PyramidType, TierMigrationType, TierSnapshotEntryType } from './tier.types.ts';
import { TierSnapshotEntryConnectionType, tierHistoryPage } from './tier-history.service.ts';
import { assignmentSql, computeTierSnapshot, liveAssignmentSql } from './tier-snapshot.service.ts';

/**
 * The official tiers of merchants in several periods, keyed `period|merchantId`: one statement says
 * which periods have a stored snapshot and reads those periods' rows together; a period without one
 * is ranked on the fly as `assignmentSql` does.
 */
async function officialTiers(
  em: EntityManager,
  wanted: { period: Period; ids: number[] }[],
): Promise<Map<string, TierCode>> {
  const found = new Map<string, TierCode>();
  // Each period's merchants, as (period, merchant) pairs: a page's three months, a list's month.
  const rows = await em.execute<
    { period: string; stored: boolean; merchant_id: number; tier: TierCode | null }[]
  >(
    `select w.period, r.period is not null as stored, w.merchant_id, s.tier
     from unnest(?::text[], ?::int[]) as w(period, merchant_id)
     left join tier_snapshot_run r on r.period = w.period
     left join tier_snapshot s on s.period = w.period and s.merchant_id = w.merchant_id`,
    [
      textArray(wanted.flatMap((w) => w.ids.map(() => w.period.label))),
      intArray(wanted.flatMap((w) => w.ids)),
    ],
  );
  const stored = new Set<string>();
  for (const r of rows) {
    if (r.stored) stored.add(r.period);
    if (r.tier) found.set(`${r.period}|${r.merchant_id}`, r.tier);
  }
  // The others are ranked as a snapshot would rank them (the statement above said there is none).
  for (const w of wanted.filter((x) => !stored.has(x.period.label))) {
    const a = await liveAssignmentSql(em, w.period);
    const rows = await em.execute<{ merchant_id: number; tier: TierCode }[]>(
      `select merchant_id, tier from (${a.sql}) x where merchant_id = any(?::int[])`,
      [...a.params, intArray(w.ids)],
    );
    for (const r of rows) found.set(`${w.period.label}|${r.merchant_id}`, r.tier);
  }
  return found;
}

const PERIOD_DOC =
  '期间：2026-10、2026-Q3、2026 或 2026-01-01..2026-03-31 · Period: a month, quarter, year or date range.';

/** Migration counts between two versioned assignments, per process (platform/cache/result-cache.ts). */
const migrations = new ResultCache<{ from_tier: TierCode | null; to_tier: TierCode | null; n: number }[]>();

@Resolver(() => MerchantType)
export class TierResolver {
  @Authorized()
  @Query(() => PyramidType, {
    description: '客户金字塔（按利润排名分层）· The customer pyramid of a scope and period.',
  })
  async pyramid(
    @Arg('period', () => String, { description: PERIOD_DOC }) period: string,
    @Arg('filter', () => MerchantFilter, { nullable: true, description: '范围 · Scope of merchants.' })
    filter: MerchantFilter | null,
    @Ctx() ctx: Context,
  ) {
    return computePyramidSql(ctx.em, parsePeriodArg(period), await merchantWhere(ctx.em, ctx.user!, filter));
  }

  @Authorized()
  @Query(() => [LorenzPointType], {
    description: '洛伦兹/帕累托曲线 · The Pareto curve: cumulative merchant share vs profit share.',
  })
  async lorenz(
    @Arg('period', () => String, { description: PERIOD_DOC }) period: string,
    @Arg('filter', () => MerchantFilter, { nullable: true, description: '范围 · Scope of merchants.' })
    filter: MerchantFilter | null,
    @Arg('points', () => Int, {
      defaultValue: 50,
      description: '采样点数 2..500 · Number of sampled points.',
    })
    points: number,
    @Ctx() ctx: Context,
  ) {
    if (points < 2 || points > 500) throw new AppError('BAD_USER_INPUT', 'points: must be between 2 and 500');
    return lorenzSql(ctx.em, parsePeriodArg(period), await merchantWhere(ctx.em, ctx.user!, filter), points);
  }

  @Authorized()
  @Query(() => TierMigrationType, {
    description: '两期之间的分级迁移矩阵 · The from-tier × to-tier matrix between two periods.',
  })
  async tierMigration(
    @Arg('from', () => String, { description: `起始${PERIOD_DOC}` }) from: string,
    @Arg('to', () => String, { description: `结束${PERIOD_DOC}` }) to: string,
    @Arg('filter', () => MerchantFilter, { nullable: true, description: '范围 · Scope of merchants.' })
    filter: MerchantFilter | null,
    @Ctx() ctx: Context,
  ): Promise<TierMigrationType> {
    // An analytical read: on a read replica when one is configured (db/replicas.ts).
    const sql = analyticsSql(ctx.em);
    const a = await assignmentSql(ctx.em, parsePeriodArg(from, 'from'), sql, 'analytics');
    const b = await assignmentSql(ctx.em, parsePeriodArg(to, 'to'), sql, 'analytics');
    const where = await merchantWhere(ctx.em, ctx.user!, filter);
    const key =
      a.version && b.version ? JSON.stringify([a.version, b.version, where.sql, where.params]) : null;
    const rows = await migrations.through(key, () =>
      sql<{ from_tier: TierCode | null; to_tier: TierCode | null; n: number }>(
        `with a as (${a.sql}), b as (${b.sql})
       select a.tier as from_tier, b.tier as to_tier, count(*)::int as n
       from a full join b on a.merchant_id = b.merchant_id
       join merchant m on m.id = coalesce(a.merchant_id, b.merchant_id)
       where ${whereSql(where)}
       group by 1, 2`,
        [...a.params, ...b.params, ...where.params],
      ),
    );
    const order = (t: TierCode | null) => (t === null ? TIER_CODES.length : TIER_CODES.indexOf(t));
    const cells = rows
      .map((r) => ({
        fromTier: r.from_tier as TierCodeEnum | null,
        toTier: r.to_tier as TierCodeEnum | null,
        merchantCount: r.n,
      }))
      .sort((x, y) => order(x.fromTier) - order(y.fromTier) || order(x.toTier) - order(y.toTier));
    return { from: parsePeriodArg(from).label, to: parsePeriodArg(to).label, cells };
  }

  // Analysts read every aggregate but write nothing (docs/domain.md §6): the official snapshot is taken
  // by administrators and branch managers.
  @Allowed('snapshotTiers')
  @Mutation(() => PyramidType, {
    description:
      '计算并保存某期间的全公司分级快照（管理员、分公司经理）；维护任务随后跟上（tierFollowUp）· Compute and store the company-wide tier snapshot of a period; administrators and branch managers. It answers once the tiers are stored; the cadence and open tasks follow behind (see tierFollowUp).',
  })
  computeTiers(
    @Arg('period', () => String, { description: PERIOD_DOC }) period: string,
    @Ctx() ctx: Context,
  ) {
    // The tiers answer once stored; the cadence and tasks follow behind (Query.tierFollowUp).
    return computeTierSnapshot(ctx.orm, period, ctx.user!.login, { follow: 'behind' });
  }

  @FieldResolver(() => TierCodeEnum, {
    nullable: true,
    description: '该期间的官方分级（全公司排名）· Official tier in the period (company-wide ranking).',
  })
  async tier(
    @Root() m: Merchant,
    @Arg('period', () => String, { description: PERIOD_DOC }) period: string,
    @Ctx() ctx: Context,
  ) {
    const p = parsePeriodArg(period);
    // One loader for every period: a merchant page asks for three months' tiers at once, a list
    // for one month's tier of each row; either way one batch (officialTiers).
    const loader = ctx.loaders.get<TierCode | null>(
      'tier',
      async (keys) => {
        const wanted = new Map<string, { period: Period; ids: number[] }>();
        for (const k of keys) {
          const [label, id] = k.split('|') as [string, string];
          const entry = wanted.get(label) ?? { period: parsePeriodArg(label), ids: [] };
          entry.ids.push(Number(id));
          wanted.set(label, entry);
        }
        return officialTiers(ctx.em, [...wanted.values()]);
      },
      null,
    );
    return loader.load(`${p.label}|${m.id}`);
  }

  @FieldResolver(() => TierSnapshotEntryConnectionType, {
    description:
      '分级历史（已保存的快照，分页，最新期间在前）· Tier history from stored snapshots, a page at a time, newest period first.',
  })
  tierHistoryConnection(@Root() m: Merchant, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return tierHistoryPage(ctx.em, m.id, pageRequest(page, 'tierHistory'));
  }

  @FieldResolver(() => [TierSnapshotEntryType], {
    description: '分级历史（已保存的快照，最新在前）· Tier history from stored snapshots, newest first.',
    deprecationReason:
      'Use tierHistoryConnection, which pages both ways and counts; tierHistory returns every stored snapshot at once.',
  })
  async tierHistory(@Root() m: Merchant, @Ctx() ctx: Context): Promise<TierSnapshotEntryType[]> {
    const loader = ctx.loaders.get<TierSnapshotEntryType[]>(
      'tier-history',
      async (ids) => {
        const rows = await ctx.em.execute<
          { merchant_id: number; period: string; tier: TierCodeEnum; rank: number; profit: string }[]
        >(
          `select s.merchant_id, s.period, s.tier, s.rank, s.profit::numeric(18,2)::text as profit
           from tier_snapshot s join tier_snapshot_run r using (period)
           where s.merchant_id = any(?::int[]) order by r.period_end desc`,
          [intArray(ids.map(Number))],
        );
        const out = new Map<string, TierSnapshotEntryType[]>();
        for (const r of rows) {
          const list = out.get(String(r.merchant_id)) ?? [];
          list.push({ period: r.period, tier: r.tier, rank: r.rank, profit: r.profit });
          out.set(String(r.merchant_id), list);
        }
        return out;
      },
      [],
    );
    return loader.load(String(m.id));
  }
}
