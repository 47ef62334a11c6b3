import type { InteractionKind } from '@cornerstone/shared/maintenance/maintenance';
import { daysBetween } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { scopeWhere } from '../identity/scope.ts';
import {
  correctInteraction,
  INTERACTION_COLUMNS,
  type InteractionRow,
  merchantInteractions,
  recordInteraction,
  withInteractionDates,
} from '../interaction/interactions.service.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType, type TierCode } from '../merchant/merchant.types.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { businessToday, parsePeriodArg } from '../platform/time/business-time.ts';
import {
  CadenceRuleInput,
  CadenceRuleType,
  GreetingCampaignInput,
  GreetingCampaignRunType,
  GreetingsSentType,
  InteractionInput,
  InteractionType,
  KpiGrouping,
  KpiType,
  MerchantCadenceType,
  TaskConnectionType,
  TaskFilterInput,
  TaskRefreshType,
  TaskStateEnum,
  TaskType,
  TimelineEventType,
} from './maintenance.types.ts';
import { loadPolicy, refreshCadenceTiers, refreshTasks, setPolicy } from './tasks.service.ts';
import {
  kpis,
  listTasks,
  markGreetingsSent,
  runGreetingCampaign,
  stateOf,
  type TaskRow,
  timeline,
  verifyContact,
} from './work.service.ts';

const WRITERS = ['admin', 'branch_manager', 'account_manager', 'operations'] as const;

const clampFirst = (first: number, max = 100) => {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw new AppError('BAD_USER_INPUT', `first: between 1 and ${max}`, { field: 'first' });
  return first;
};

function toTask(r: TaskRow, today: string): TaskType {
  const state = stateOf(r, today) as TaskStateEnum;
  return {
    id: r.id,
    merchantId: r.merchantId,
    kind: r.kind as TaskType['kind'],
    channel: r.channel,
    state,
    dueOn: r.dueOn,
    daysOverdue: state === TaskStateEnum.OVERDUE ? daysBetween(r.dueOn, today) : 0,
    lastContactOn: r.basisOn,
    everyDays: r.everyDays,
    tier: r.tier as TierCode | null,
    message: r.message,
    campaign: r.campaignName,
    closedAt: r.closedAt,
    closeReason: r.closeReason,
    doneByInteractionId: r.doneByInteractionId,
  };
}

@Resolver(() => InteractionType)
export class InteractionResolver {
  @Authorized()
  @Query(() => InteractionType, {
    nullable: true,
    description: '按编号查询联系记录 · An interaction by id; null when unknown or outside your scope.',
  })
  async interaction(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<InteractionRow | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const scope = scopeWhere(ctx.user!);
    const rows = await ctx.em.execute<InteractionRow[]>(
      `select ${INTERACTION_COLUMNS} from interaction i join app_user u on u.id = i.staff_id
       join merchant m on m.id = i.merchant_id where i.id = ? and ${whereSql(scope)}`,
      [id, ...scope.params],
    );
    return withInteractionDates(rows)[0] ?? null;
  }

  @FieldResolver(() => MerchantType, { description: '商户 · The merchant.' })
  async merchant(@Root() i: InteractionRow, @Ctx() ctx: Context): Promise<Merchant> {
    return (await loadMerchantById(ctx.em, ctx.loaders, i.merchantId))!;
  }

  @Authorized(...WRITERS)
  @Mutation(() => InteractionType, {
    description:
      '记录拜访、回访等联系；同时更新维护任务 · Record an interaction; the merchant’s tasks move with it.',
  })
  recordInteraction(
    @Arg('input', () => InteractionInput, { description: '联系记录 · The interaction.' })
    input: InteractionInput,
    @Ctx() ctx: Context,
  ): Promise<InteractionRow> {
    return recordInteraction(ctx.em, ctx.user!, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => InteractionType, {
    description:
      '更正联系记录：新增一条替代记录，原记录保留并标记为已更正 · Correct an interaction by a new, superseding entry.',
  })
  correctInteraction(
    @Arg('id', () => ID, { description: '被更正的记录 · The entry to correct.' }) id: string,
    @Arg('input', () => InteractionInput, { description: '更正后的内容 · The corrected interaction.' })
    input: InteractionInput,
    @Ctx() ctx: Context,
  ): Promise<InteractionRow> {
    return correctInteraction(ctx.em, ctx.user!, id, input);
  }
}

@Resolver(() => TaskType)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnectionType, {
    description:
      '维护任务（按到期日排序；默认未完成）· Maintenance tasks in your scope, open ones by due date.',
  })
  async tasks(
    @Arg('filter', () => TaskFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: TaskFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '每页条数 1..100 · Page size.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 · Start after this cursor.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<TaskConnectionType> {
    const today = businessToday();
    const page = await listTasks(ctx.em, ctx.user!, filter, first, after, today);
    const edges = page.rows.map((r) => ({ cursor: r.cursor, node: toTask(r, today) }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @FieldResolver(() => MerchantType, { description: '商户 · The merchant.' })
  async merchant(@Root() t: TaskType, @Ctx() ctx: Context): Promise<Merchant> {
    return (await loadMerchantById(ctx.em, ctx.loaders, t.merchantId))!;
  }

  @Authorized()
  @Query(() => [CadenceRuleType], { description: '维护频次政策 · The cadence policy, by tier.' })
  cadencePolicy(@Ctx() ctx: Context) {
    return loadPolicy(ctx.em);
  }

  @Authorized('admin')
  @Mutation(() => TaskRefreshType, {
    description:
      '替换维护频次政策并重算任务（不重复、不丢失）· Replace the cadence policy and recompute tasks.',
  })
  setCadencePolicy(
    @Arg('rules', () => [CadenceRuleInput], { description: '全部规则 · Every rule.' })
    rules: CadenceRuleInput[],
    @Ctx() ctx: Context,
  ) {
    return setPolicy(
      ctx.em,
      rules.map((r) => ({ ...r, satisfiedBy: r.satisfiedBy as unknown as InteractionKind[] })),
      ctx.user!.login,
    );
  }

  @Authorized('admin')
  @Mutation(() => TaskRefreshType, {
    description: '按最新分级快照与升级潜力重算全部任务 · Recompute every task from the latest tier snapshot.',
  })
  async refreshMaintenanceTasks(@Ctx() ctx: Context) {
    await refreshCadenceTiers(ctx.em);
    return refreshTasks(ctx.em, null);
  }

  @Authorized(...WRITERS)
  @Mutation(() => GreetingCampaignRunType, {
    description:
      '发起节日问候：为客户范围内每户创建一条问候任务（重复执行不重复创建）· Run a greeting campaign.',
  })
  runGreetingCampaign(
    @Arg('input', () => GreetingCampaignInput, { description: '活动 · The campaign.' })
    input: GreetingCampaignInput,
    @Ctx() ctx: Context,
  ) {
    if (ctx.user!.role === 'operations')
      throw new AppError('FORBIDDEN', 'Your role may not run greeting campaigns');
    return runGreetingCampaign(ctx.em, ctx.user!, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => GreetingsSentType, {
    description: '标记问候已发送（记为节日问候联系）· Mark greetings sent; each is recorded as a greeting.',
  })
  markGreetingsSent(
    @Arg('taskIds', () => [ID], { description: '问候任务编号 · Greeting task ids.' }) taskIds: string[],
    @Ctx() ctx: Context,
  ) {
    return markGreetingsSent(ctx.em, ctx.user!, taskIds);
  }

  @Authorized(...WRITERS)
  @Mutation(() => Boolean, {
    description: '信息更新：确认（并更正）联系信息 · Confirm, and correct, the merchant’s contact data.',
  })
  async verifyContact(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('name', () => String, { nullable: true, description: '联系人姓名 · Contact name.' }) name:
      | string
      | null,
    @Arg('mobile', () => String, { nullable: true, description: '手机号 · Mobile number.' }) mobile:
      | string
      | null,
    @Ctx() ctx: Context,
  ) {
    await verifyContact(ctx.em, ctx.user!, mid, { name, mobile });
    return true;
  }

  @Authorized()
  @Query(() => [KpiType], {
    description:
      '维护考核：拜访、回访、其他联系、重要客户按频次维护占比、逾期、投诉时效（运维人员不可查）· Maintenance KPIs for a period; not for operations staff.',
  })
  async maintenanceKpis(
    @Arg('period', () => String, { description: '期间，如 2026-10 · Period, e.g. 2026-10.' }) period: string,
    @Arg('by', () => KpiGrouping, { defaultValue: KpiGrouping.MANAGER, description: '汇总维度 · Grouping.' })
    by: KpiGrouping,
    @Ctx() ctx: Context,
  ): Promise<KpiType[]> {
    // Operations staff look after terminals and fault tickets (DOMAIN.md §6): the account managers'
    // contact appraisal and the complaint counts and times are none of their business.
    if (ctx.user!.role === 'operations')
      throw new AppError('FORBIDDEN', 'Your role may not read maintenance KPIs');
    const rows = await kpis(ctx.em, ctx.user!, parsePeriodArg(period), by);
    return rows.map((r) => ({
      ...r,
      keyOnCadenceShare: r.keyCustomers ? r.keyOnCadence / r.keyCustomers : null,
    }));
  }
}

@Resolver(() => MerchantType)
export class MerchantMaintenanceResolver {
  @FieldResolver(() => [InteractionType], {
    description: '联系记录，最新在前（含已更正的）· Interactions, newest first, corrected ones included.',
  })
  interactions(
    @Root() m: Merchant,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..100 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return merchantInteractions(ctx.em as EntityManager, m.id, clampFirst(first));
  }

  @FieldResolver(() => [TimelineEventType], {
    description:
      '时间线：联系、分级与状态变化、积分、投诉（运维人员不可见）、故障，最新在前 · Timeline of everything, newest first; operations staff see no complaints.',
  })
  timeline(
    @Root() m: Merchant,
    @Arg('first', () => Int, { defaultValue: 30, description: '条数 1..100 · How many.' }) first: number,
    @Arg('before', () => String, { nullable: true, description: '从此游标之前 · Older than this cursor.' })
    before: string | null,
    @Ctx() ctx: Context,
  ) {
    // Operations staff may not read complaints (service-desk/complaints.service.ts): not here either.
    return timeline(ctx.em as EntityManager, m.id, clampFirst(first), before, {
      complaints: ctx.user!.role !== 'operations',
    });
  }

  @FieldResolver(() => [TaskType], { description: '未完成的维护任务 · Open maintenance tasks, by due date.' })
  async openTasks(@Root() m: Merchant, @Ctx() ctx: Context): Promise<TaskType[]> {
    const today = businessToday();
    const page = await listTasks(ctx.em, ctx.user!, { state: 'OPEN', mid: m.mid }, 100, null, today);
    return page.rows.map((r) => toTask(r, today));
  }

  @FieldResolver(() => MerchantCadenceType, {
    nullable: true,
    description: '维护级别（依据最新分级快照）· Cadence tier from the latest snapshot.',
  })
  async cadence(@Root() m: Merchant, @Ctx() ctx: Context) {
    const [row] = await ctx.em.execute(
      'select period, tier, potential, cadence_tier as "cadenceTier" from merchant_cadence where merchant_id = ?',
      [m.id],
    );
    return row ?? null;
  }
}
