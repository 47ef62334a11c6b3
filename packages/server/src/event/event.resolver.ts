import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import {
  CustomerEventInput,
  CustomerEventType,
  EventInvitationType,
  InvitationRunType,
} from './event.types.ts';
import {
  createEvent,
  eventById,
  invitationsOf,
  inviteSegment,
  listEvents,
  recordAttendance,
  respond,
} from './events.service.ts';

@Resolver(() => CustomerEventType)
export class CustomerEventResolver {
  @Authorized()
  @Query(() => [CustomerEventType], { description: '客户活动 · Customer events, newest first.' })
  customerEvents(@Ctx() ctx: Context) {
    return listEvents(ctx.em, ctx.user!);
  }

  @Authorized('admin', 'branch_manager')
  @Mutation(() => CustomerEventType, { description: '创建客户活动 · Create a customer event.' })
  createCustomerEvent(
    @Arg('input', () => CustomerEventInput, { description: '活动 · The event.' }) input: CustomerEventInput,
    @Ctx() ctx: Context,
  ) {
    return createEvent(ctx.em, ctx.user!, input);
  }

  @Authorized('admin', 'branch_manager')
  @Mutation(() => InvitationRunType, {
    description: '邀请活动范围内的商户（每户只邀请一次）· Invite the event’s segment; each merchant once.',
  })
  inviteToEvent(
    @Arg('eventId', () => Int, { description: '活动 · Event.' }) eventId: number,
    @Ctx() ctx: Context,
  ) {
    return inviteSegment(ctx.em, ctx.user!, eventId);
  }

  @Authorized('admin', 'branch_manager', 'account_manager')
  @Mutation(() => Boolean, { description: '记录回复 · Record a merchant’s reply (yes or no).' })
  respondToInvitation(
    @Arg('eventId', () => Int, { description: '活动 · Event.' }) eventId: number,
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('rsvp', () => String, { description: 'yes 或 no · yes or no.' }) rsvp: string,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx.em, ctx.user!, eventId, mid, rsvp);
  }

  @Authorized('admin', 'branch_manager', 'account_manager')
  @Mutation(() => ID, {
    description: '记录到场（记为一次培训/座谈联系）· Record attendance; it becomes a training interaction.',
  })
  recordEventAttendance(
    @Arg('eventId', () => Int, { description: '活动 · Event.' }) eventId: number,
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Ctx() ctx: Context,
  ) {
    return recordAttendance(ctx.em, ctx.user!, eventId, mid);
  }

  @Authorized()
  @Query(() => CustomerEventType, {
    nullable: true,
    description: '按编号查询活动 · An event by id; null when unknown or outside your scope.',
  })
  customerEvent(@Arg('id', () => Int, { description: '编号 · Id.' }) id: number, @Ctx() ctx: Context) {
    return eventById(ctx.em, ctx.user!, id);
  }

  @FieldResolver(() => [EventInvitationType], {
    description: '邀请（您可见范围内，至多 500）· Invitations in your scope, by MID (at most 500).',
  })
  invitations(@Root() e: CustomerEventType, @Ctx() ctx: Context) {
    return invitationsOf(ctx.em, ctx.user!, e.id);
  }
}
