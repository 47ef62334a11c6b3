import type { InteractionKind } from '@cornerstone/shared/maintenance/maintenance';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { CadenceRuleInput, CadenceRuleType, MerchantCadenceType, TierFollowUpType } from './cadence.types.ts';
import { followUpState } from './snapshot-follow-up.service.ts';
import { TaskRefreshType } from './task.types.ts';
import {
  loadPolicy,
  merchantCadence,
  refreshCadenceTiers,
  refreshTasks,
  setPolicy,
} from './tasks.service.ts';

@Resolver()
export class CadenceResolver {
  @Authorized()
  @Query(() => [CadenceRuleType], { description: '维护频次政策 · The cadence policy, by tier.' })
  cadencePolicy(@Ctx() ctx: Context) {
    return loadPolicy(ctx.em);
  }

  @Authorized()
  @Query(() => TierFollowUpType, {
    description:
      '分级快照之后任务是否已跟上 · Whether the maintenance tasks have caught up with the latest tier snapshots.',
  })
  tierFollowUp(@Ctx() ctx: Context) {
    return followUpState(ctx.em);
  }

  @Allowed('administer')
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

  @Allowed('administer')
  @Mutation(() => TaskRefreshType, {
    description: '按最新分级快照与升级潜力重算全部任务 · Recompute every task from the latest tier snapshot.',
  })
  async refreshMaintenanceTasks(@Ctx() ctx: Context) {
    await refreshCadenceTiers(ctx.em);
    return refreshTasks(ctx.em, null);
  }
}

@Resolver(() => MerchantType)
export class MerchantCadenceResolver {
  @FieldResolver(() => MerchantCadenceType, {
    nullable: true,
    description: '维护级别（依据最新分级快照）· Cadence tier from the latest snapshot.',
  })
  cadence(@Root() m: Merchant, @Ctx() ctx: Context) {
    return merchantCadence(ctx.em, m.id);
  }
}
