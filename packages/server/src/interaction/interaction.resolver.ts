import { may } from '@cornerstone/shared/roles/permissions';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { checkSize, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { globalId, requireRowId, rowIdOf } from '../platform/graphql/node.ts';
import { InteractionConnectionType, InteractionInput, InteractionType } from './interaction.types.ts';
import {
  correctInteraction,
  type InteractionRow,
  interactionInScope,
  merchantInteractions,
  merchantInteractionsPage,
  recordInteraction,
} from './interactions.service.ts';
import { timeline, timelinePage } from './timeline.service.ts';
import { TimelineEventConnectionType, TimelineEventType } from './timeline.types.ts';

@Resolver(() => InteractionType)
export class InteractionResolver {
  @Authorized()
  @Query(() => InteractionType, {
    nullable: true,
    description: '按编号查询联系记录 · An interaction by id; null when unknown or outside your scope.',
  })
  interaction(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<InteractionRow | null> {
    const key = rowIdOf('Interaction', id);
    return key ? interactionInScope(ctx.em, ctx.user!, key) : Promise.resolve(null);
  }

  @FieldResolver(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
  id(@Root() i: InteractionRow): string {
    return globalId('Interaction', i.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '被本条更正的记录（全局编号）· Global id of the entry this one corrects.',
  })
  supersedesId(@Root() i: InteractionRow): string | null {
    return i.supersedesId && globalId('Interaction', i.supersedesId);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '更正本条的记录（全局编号）· Global id of the entry that corrects this one.',
  })
  supersededById(@Root() i: InteractionRow): string | null {
    return i.supersededById && globalId('Interaction', i.supersededById);
  }

  @FieldResolver(() => MerchantType, { description: '商户 · The merchant.' })
  async merchant(@Root() i: InteractionRow, @Ctx() ctx: Context): Promise<Merchant> {
    return (await loadMerchantById(ctx.em, ctx.loaders, i.merchantId))!;
  }

  @Allowed('recordInteraction')
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

  @Allowed('recordInteraction')
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
    return correctInteraction(ctx.em, ctx.user!, requireRowId('Interaction', id), input);
  }
}

/** Who sees which events: operations staff may not read complaints (service-desk/complaints.service.ts). */
const timelineShows = (ctx: Context) => ({ complaints: may(ctx.user!.role, 'readComplaints') });

@Resolver(() => MerchantType)
export class MerchantInteractionResolver {
  @FieldResolver(() => InteractionConnectionType, {
    description:
      '联系记录（分页，最新在前，含已更正的）· Interactions, a page at a time, newest first, corrected ones included.',
  })
  interactionsConnection(@Root() m: Merchant, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return merchantInteractionsPage(ctx.em as EntityManager, m.id, pageRequest(page, 'interactions'));
  }

  @FieldResolver(() => TimelineEventConnectionType, {
    description:
      '时间线（分页，最新在前）：联系、分级与状态变化、积分、投诉（运维人员不可见）、故障 · Timeline of everything, a page at a time, newest first; operations staff see no complaints.',
  })
  timelineConnection(@Root() m: Merchant, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return timelinePage(ctx.em as EntityManager, m.id, pageRequest(page, 'timeline', 30), timelineShows(ctx));
  }

  @FieldResolver(() => [InteractionType], {
    description: '联系记录，最新在前（含已更正的）· Interactions, newest first, corrected ones included.',
    deprecationReason:
      'Use interactionsConnection, which pages both ways and counts; interactions shows only the newest 100 and cannot page.',
  })
  interactions(
    @Root() m: Merchant,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..100 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return merchantInteractions(ctx.em as EntityManager, m.id, checkSize('first', first));
  }

  @FieldResolver(() => [TimelineEventType], {
    description:
      '时间线：联系、分级与状态变化、积分、投诉（运维人员不可见）、故障，最新在前 · Timeline of everything, newest first; operations staff see no complaints.',
    deprecationReason:
      'Use timelineConnection, which pages both ways and counts; timeline pages backward only and says neither whether more follow nor how many there are.',
  })
  timeline(
    @Root() m: Merchant,
    @Arg('first', () => Int, { defaultValue: 30, description: '条数 1..100 · How many.' }) first: number,
    @Arg('before', () => String, { nullable: true, description: '从此游标之前 · Older than this cursor.' })
    before: string | null,
    @Ctx() ctx: Context,
  ) {
    return timeline(ctx.em as EntityManager, m.id, checkSize('first', first), before, timelineShows(ctx));
  }
}
