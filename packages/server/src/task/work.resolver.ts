import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { problemError } from '../platform/graphql/errors.ts';
import { rowIdOf } from '../platform/graphql/node.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { completeChores } from './chores.service.ts';
import { toTask } from './task.resolver.ts';
import {
  ChoresDoneType,
  ManagerBacklogType,
  toCapacityType,
  WorkCapacityInput,
  WorkCapacityType,
  WorkPlanType,
} from './work.types.ts';
import { capacitiesOf, managerInScope, setWorkCapacity } from './work-capacity.service.ts';
import { teamBacklog, workPlan } from './work-plan.service.ts';

// The work queue (docs/work-queue.md): today's plan, each manager's backlog, the capacity a day
// holds, chores done for a selection at once.
@Resolver()
export class WorkResolver {
  @Allowed('recordInteraction')
  @Query(() => WorkPlanType, {
    nullable: true,
    description:
      '今日计划：客户经理本人的；分公司经理和管理员指定客户经理（未指定为空）· Today’s plan: an account manager’s own; branch managers and administrators name the manager (null when none is named).',
  })
  async workPlan(
    @Arg('manager', () => String, {
      nullable: true,
      description: '客户经理登录名 · Account manager’s login.',
    })
    manager: string | null,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanType | null> {
    const today = businessToday();
    const plan = await workPlan(ctx.em, ctx.user!, manager ?? null, today);
    if (!plan) return null;
    return {
      manager: plan.manager,
      date: plan.today,
      capacity: toCapacityType(plan.capacity),
      tasks: plan.planned.map((r) => toTask(r, today)),
      eligibleCount: plan.eligible,
      overdueCount: plan.overdue,
    };
  }

  @Authorized()
  @Query(() => [ManagerBacklogType], {
    description:
      '各客户经理的积压与每日工作量（本人范围内）· Each account manager’s backlog against their capacity, in your scope.',
  })
  async teamBacklog(
    @Arg('branch', () => String, { nullable: true, description: '分公司 · Branch name.' }) branch:
      | string
      | null,
    @Ctx() ctx: Context,
  ): Promise<ManagerBacklogType[]> {
    const rows = await teamBacklog(ctx.em, ctx.user!, branch ?? null);
    return rows.map((r) => ({
      ...r,
      capacity: toCapacityType(r.capacity),
    }));
  }

  @Authorized()
  @Query(() => WorkCapacityType, {
    description:
      '每日工作量：指定客户经理的，或所有人的 · The capacity of a day: a named manager’s, or everyone’s.',
  })
  async workCapacity(
    @Arg('manager', () => String, {
      nullable: true,
      description: '客户经理登录名 · Account manager’s login.',
    })
    manager: string | null,
    @Ctx() ctx: Context,
  ): Promise<WorkCapacityType> {
    const who = manager == null ? null : await managerInScope(ctx.em, ctx.user!, manager);
    if (manager != null && !who) throw problemError('manager', 'work.managerNotFound', { login: manager });
    const c = (await capacitiesOf(ctx.em, who ? [who.id] : [])).get(who?.id ?? 0)!;
    return toCapacityType(c);
  }

  @Allowed('planWork')
  @Mutation(() => WorkCapacityType, {
    description:
      '设置一位客户经理的每日工作量（分公司经理限本分公司）；input 为空则恢复为所有人的设置 · Set what a day holds for one account manager (a branch manager: of their branch); no input: everyone’s applies again.',
  })
  async setWorkCapacity(
    @Arg('manager', () => String, { description: '客户经理登录名 · Account manager’s login.' })
    manager: string,
    @Arg('input', () => WorkCapacityInput, { nullable: true, description: '每日工作量 · The capacity.' })
    input: WorkCapacityInput | null,
    @Ctx() ctx: Context,
  ): Promise<WorkCapacityType> {
    // An argument left out arrives as undefined: it means the same as null.
    const c = await setWorkCapacity(ctx.em, ctx.user!, input ?? null, manager);
    return toCapacityType(c);
  }

  @Allowed('administer')
  @Mutation(() => WorkCapacityType, {
    description:
      '设置所有人的每日工作量（个人设置优先）· Set what a day holds for everyone (a manager’s own setting comes first).',
  })
  async setEveryonesWorkCapacity(
    @Arg('input', () => WorkCapacityInput, { description: '每日工作量 · The capacity.' })
    input: WorkCapacityInput,
    @Ctx() ctx: Context,
  ): Promise<WorkCapacityType> {
    const c = await setWorkCapacity(ctx.em, ctx.user!, input, null);
    return toCapacityType(c);
  }

  @Allowed('recordInteraction')
  @Mutation(() => ChoresDoneType, {
    description:
      '批量完成节日问候与信息核实任务（全部或全不）· Complete a selection of greeting and re-verification tasks at once: all or none.',
  })
  async completeChores(
    @Arg('ids', () => [ID], { description: '任务编号 · The tasks’ global ids.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<ChoresDoneType> {
    const rowIds = ids.map((id) => rowIdOf('MaintenanceTask', id));
    const bad = rowIds.filter((r) => r === null).length;
    if (bad) throw problemError('ids', 'work.tasksNotFound', { count: bad });
    return completeChores(ctx.em, ctx.user!, rowIds as string[]);
  }
}
