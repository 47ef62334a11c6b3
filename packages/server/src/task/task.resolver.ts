import { formatYuan } from '@cornerstone/shared/money/money';
import { daysBetween } from '@cornerstone/shared/period/period';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType, type TierCode } from '../merchant/merchant.types.ts';
import { mapNodes, PageArgs } from '../platform/graphql/connection.ts';
import { globalId } from '../platform/graphql/node.ts';
import { selectsField, selectsPath } from '../platform/graphql/selection.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { verifyContact } from './contact-verification.service.ts';
import { type ListedTaskRow, listTasks, type RankedTaskRow, scoreOf, stateOf } from './my-work.service.ts';
import {
  TaskConnectionType,
  TaskFilterInput,
  TaskOrderEnum,
  type TaskPriorityType,
  TaskStateEnum,
  TaskType,
} from './task.types.ts';

/** A task row as GraphQL answers it; its priority only where the row has the parts (listTasks). */
export function toTask(r: ListedTaskRow, today: string): TaskType {
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
    priority: r.pTier === undefined ? undefined : priorityOf(r as RankedTaskRow),
  };
}

function priorityOf(r: RankedTaskRow): TaskPriorityType {
  return {
    score: scoreOf(r),
    tier: r.pTier,
    cadenceTier: r.cadenceTier as TierCode | null,
    kind: r.pKind,
    late: r.pLate,
    cases: r.pCases,
    value: r.pValue,
    openComplaints: r.openComplaints,
    openFaults: r.openFaults,
    valueAtRisk: r.riskFen === null ? null : formatYuan(BigInt(r.riskFen)),
  };
}

/** Whether a connection of tasks is asked for their priority (its joins are left out otherwise). */
const readsPriority = (info: GraphQLResolveInfo) => selectsPath(info, ['edges', 'node', 'priority']);

@Resolver(() => TaskType)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnectionType, {
    description:
      '维护任务（默认未完成，按到期日；可按优先级）· Maintenance tasks in your scope; open ones by due date or by priority.',
  })
  async tasks(
    @Arg('filter', () => TaskFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: TaskFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => TaskOrderEnum, {
      defaultValue: TaskOrderEnum.DUE,
      description: '未完成任务的排序 · How open tasks are ordered.',
    })
    orderBy: TaskOrderEnum,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const today = businessToday();
    const tasks = await listTasks(ctx.em, ctx.user!, filter, page, {
      today,
      order: orderBy,
      withPriority: readsPriority(info),
      info,
    });
    return mapNodes(tasks, (t) => toTask(t, today));
  }

  @FieldResolver(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
  id(@Root() t: TaskType): string {
    return globalId('MaintenanceTask', t.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '完成本任务的联系记录（全局编号）· Global id of the interaction that completed it.',
  })
  doneByInteractionId(@Root() t: TaskType): string | null {
    return t.doneByInteractionId && globalId('Interaction', t.doneByInteractionId);
  }

  @FieldResolver(() => MerchantType, { description: '商户 · The merchant.' })
  async merchant(@Root() t: TaskType, @Ctx() ctx: Context): Promise<Merchant> {
    return (await loadMerchantById(ctx.em, ctx.loaders, t.merchantId))!;
  }

  @Allowed('recordInteraction')
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
}

@Resolver(() => MerchantType)
export class MerchantTaskResolver {
  @FieldResolver(() => TaskConnectionType, {
    description:
      '商户的维护任务（分页；默认未完成，按到期日）· The merchant’s tasks, a page at a time; open ones by due date.',
  })
  async tasks(
    @Root() m: Merchant,
    @Arg('filter', () => TaskFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: TaskFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const today = businessToday();
    const tasks = await listTasks(ctx.em, ctx.user!, { ...filter, mid: m.mid }, page, {
      today,
      withPriority: readsPriority(info),
      info,
    });
    return mapNodes(tasks, (t) => toTask(t, today));
  }

  @FieldResolver(() => [TaskType], {
    description: '未完成的维护任务，按到期日，至多 100 条 · Open maintenance tasks by due date, at most 100.',
    deprecationReason: 'Use tasks, which pages and says how many there are; openTasks stops at 100.',
  })
  async openTasks(
    @Root() m: Merchant,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TaskType[]> {
    const today = businessToday();
    // A plain list: no count, and the priority's joins only when a task's priority is read.
    const page = await listTasks(
      ctx.em,
      ctx.user!,
      { state: 'OPEN', mid: m.mid },
      { first: 100 },
      {
        today,
        withPriority: selectsField(info, 'priority'),
        info,
      },
    );
    return page.edges.map((e) => toTask(e.node, today));
  }
}
