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
import { PageArgs } from '../platform/graphql/connection.ts';
import { badInput } from '../platform/graphql/errors.ts';
import { globalId, requireRowId, rowIdOf } from '../platform/graphql/node.ts';
import {
  CustomerEventConnectionType,
  CustomerEventInput,
  CustomerEventType,
  EventInvitationConnectionType,
  EventInvitationType,
  InvitationRunType,
} from './event.types.ts';
import {
  type CustomerEventRow,
  eventById,
  eventsPage,
  type InvitationRow,
  invitationKey,
  invitationsOf,
  invitationsPage,
  listEvents,
} from './event-read.service.ts';
import { createEvent, inviteSegment, recordAttendance, respond } from './events.service.ts';

const EVENT = {
  nullable: true,
  description: '活动的全局编号（也接受旧的数字编号）· The event’s global id (a bare row id also works).',
} as const;
const OLD_ID = {
  nullable: true,
  deprecationReason: 'Use event, the global id.',
  description: '活动的数字编号（已弃用，请用 event）· The event’s row id; deprecated, use event.',
} as const;

/**
 * The event an id argument names: `event` (a global id, or the bare row id integrators sent
 * before) or the deprecated Int argument `old`, exactly one. A query answers an id of anything but
 * an event as no event (null); a mutation refuses it as input (`mutating`).
 */
function eventKey(
  event: string | null | undefined,
  old: number | null | undefined,
  oldName: string,
  mutating: boolean,
): string | null {
  if ((event == null) === (old == null))
    throw badInput('event', `give event (the global id) or the deprecated ${oldName}, exactly one`);
  if (event == null) return String(old);
  return mutating ? requireRowId('CustomerEvent', event, 'event') : rowIdOf('CustomerEvent', event);
}

@Resolver(() => CustomerEventType)
export class CustomerEventResolver {
  @Authorized()
  @Query(() => [CustomerEventType], {
    description: '客户活动，最新在前，至多 200 场 · Customer events, newest first; at most 200.',
    deprecationReason:
      'Use customerEventsConnection, which pages both ways and counts; customerEvents stops at 200.',
  })
  customerEvents(@Ctx() ctx: Context) {
    return listEvents(ctx.em, ctx.user!);
  }

  @Authorized()
  @Query(() => CustomerEventConnectionType, {
    description:
      '客户活动（分页），开始时间最晚的在前 · Customer events in your scope, a page at a time, latest start first.',
  })
  customerEventsConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return eventsPage(ctx.em, ctx.user!, page);
  }

  @Authorized()
  @Query(() => CustomerEventType, {
    nullable: true,
    description: '按编号查询活动 · An event by id; null when unknown or outside your scope.',
  })
  customerEvent(
    @Arg('event', () => ID, EVENT) event: string | null,
    @Arg('id', () => Int, OLD_ID) id: number | null,
    @Ctx() ctx: Context,
  ) {
    const key = eventKey(event, id, 'id', false);
    return key ? eventById(ctx.em, ctx.user!, key) : null;
  }

  @Allowed('organiseEvent')
  @Mutation(() => CustomerEventType, { description: '创建客户活动 · Create a customer event.' })
  createCustomerEvent(
    @Arg('input', () => CustomerEventInput, { description: '活动 · The event.' }) input: CustomerEventInput,
    @Ctx() ctx: Context,
  ) {
    return createEvent(ctx.em, ctx.user!, input);
  }

  @Allowed('organiseEvent')
  @Mutation(() => InvitationRunType, {
    description: '邀请活动范围内的商户（每户只邀请一次）· Invite the event’s segment; each merchant once.',
  })
  inviteToEvent(
    @Arg('event', () => ID, EVENT) event: string | null,
    @Arg('eventId', () => Int, OLD_ID) eventId: number | null,
    @Ctx() ctx: Context,
  ) {
    const key = eventKey(event, eventId, 'eventId', true)!;
    return inviteSegment(ctx.em, ctx.user!, key, event != null ? 'event' : 'eventId');
  }

  @Allowed('answerInvitation')
  @Mutation(() => Boolean, { description: '记录回复 · Record a merchant’s reply (yes or no).' })
  respondToInvitation(
    @Arg('event', () => ID, EVENT) event: string | null,
    @Arg('eventId', () => Int, OLD_ID) eventId: number | null,
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('rsvp', () => String, { description: 'yes 或 no · yes or no.' }) rsvp: string,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx.em, ctx.user!, eventKey(event, eventId, 'eventId', true)!, mid, rsvp);
  }

  @Allowed('answerInvitation')
  @Mutation(() => ID, {
    description:
      '记录到场（记为一次培训/座谈联系），返回该联系的全局编号 · Record attendance; it becomes a training interaction, whose global id this answers.',
  })
  async recordEventAttendance(
    @Arg('event', () => ID, EVENT) event: string | null,
    @Arg('eventId', () => Int, OLD_ID) eventId: number | null,
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Ctx() ctx: Context,
  ) {
    const key = eventKey(event, eventId, 'eventId', true)!;
    return globalId('Interaction', await recordAttendance(ctx.em, ctx.user!, key, mid));
  }

  @FieldResolver(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
  id(@Root() e: CustomerEventRow): string {
    return globalId('CustomerEvent', e.id);
  }

  @FieldResolver(() => [EventInvitationType], {
    description: '邀请（您可见范围内，按商户号，至多 500）· Invitations in your scope, by MID; at most 500.',
    deprecationReason:
      'Use invitationsConnection, which pages both ways and counts; invitations stops at 500.',
  })
  invitations(@Root() e: CustomerEventRow, @Ctx() ctx: Context) {
    return invitationsOf(ctx.em, ctx.user!, e.id);
  }

  @FieldResolver(() => EventInvitationConnectionType, {
    description: '邀请（分页，您可见范围内，按商户号）· Invitations in your scope, a page at a time, by MID.',
  })
  invitationsConnection(
    @Root() e: CustomerEventRow,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return invitationsPage(ctx.em, ctx.user!, e.id, page);
  }
}

@Resolver(() => EventInvitationType)
export class EventInvitationResolver {
  @FieldResolver(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
  id(@Root() i: InvitationRow): string {
    return globalId('EventInvitation', invitationKey(i));
  }
}
