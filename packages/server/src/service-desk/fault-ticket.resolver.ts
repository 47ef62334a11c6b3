import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { PageArgs } from '../platform/graphql/connection.ts';
import { requireRowId, rowIdOf } from '../platform/graphql/node.ts';
import { clock, deskCaseResolver, deskOrderArg } from './desk-graphql.ts';
import { FaultTicketFilterInput, FaultTicketInput } from './fault.inputs.ts';
import {
  FaultEventType,
  FaultStatusEnum,
  FaultTicketConnectionType,
  FaultTicketType,
} from './fault.types.ts';
import {
  type FaultEventRow,
  type FaultTicketRow,
  faultEvents,
  faultTicketById,
  listFaultTickets,
} from './fault-read.service.ts';
import { moveFaultTicket, openFaultTicket } from './faults.service.ts';
import { DeskOrderEnum, SlaClockType } from './sla.types.ts';
import { TerminalType } from './terminal.types.ts';
import { type TerminalRow, terminalById } from './terminals.service.ts';

// Its id and merchant are every case's (deskCaseResolver); its terminal, clocks, history and moves
// are its own. Unlike complaints, any signed-in user may read the tickets in their scope.
@Resolver(() => FaultTicketType)
export class FaultTicketResolver extends deskCaseResolver('FaultTicket', FaultTicketType) {
  @Authorized()
  @Query(() => FaultTicketType, {
    nullable: true,
    description: '按编号查询故障工单 · A fault ticket by id; null when unknown or outside your scope.',
  })
  faultTicket(@Arg('id', () => ID, { description: '编号 · Id.' }) id: string, @Ctx() ctx: Context) {
    const key = rowIdOf('FaultTicket', id);
    return key ? faultTicketById(ctx.em, ctx.user!, key) : null;
  }

  @Authorized()
  @Query(() => FaultTicketConnectionType, {
    description: '终端故障工单，默认最紧急在前 · Fault tickets in your scope, most urgent first by default.',
  })
  async faultTickets(
    @Arg('filter', () => FaultTicketFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: FaultTicketFilterInput | null,
    @deskOrderArg() orderBy: DeskOrderEnum,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listFaultTickets(ctx.em, ctx.user!, filter, page, orderBy);
  }

  @FieldResolver(() => TerminalType, { description: '终端 · The terminal.' })
  async terminal(@Root() f: FaultTicketType, @Ctx() ctx: Context): Promise<TerminalRow> {
    return (await terminalById(ctx.em, f.terminalId))!;
  }

  @FieldResolver(() => SlaClockType, {
    description:
      '响应时效：到场或远程修复（默认 4 小时）· Response clock: on site or fixed remotely (4 h by default).',
  })
  responseSla(@Root() f: FaultTicketType): SlaClockType {
    return clock(f.reportedAt, f.responseDueAt, f.onSiteAt ?? f.fixedAt);
  }

  @FieldResolver(() => SlaClockType, {
    description: '修复时效（默认 24 小时）· Repair clock (24 h by default).',
  })
  repairSla(@Root() f: FaultTicketType): SlaClockType {
    return clock(f.reportedAt, f.repairDueAt, f.fixedAt);
  }

  @FieldResolver(() => [FaultEventType], { description: '处理记录，最早在前 · Its history, oldest first.' })
  events(@Root() f: FaultTicketType, @Ctx() ctx: Context): Promise<FaultEventRow[]> {
    return ctx.loaders.get<FaultEventRow[]>('fault-events', (ids) => faultEvents(ctx.em, ids), []).load(f.id);
  }

  @Allowed('reportFault')
  @Mutation(() => FaultTicketType, {
    description:
      '报修：开立故障工单，终端标记为故障 · Report a terminal fault; the terminal is marked faulty.',
  })
  openFaultTicket(
    @Arg('input', () => FaultTicketInput, { description: '报修 · The fault.' }) input: FaultTicketInput,
    @Ctx() ctx: Context,
  ): Promise<FaultTicketRow> {
    return openFaultTicket(ctx.em, ctx.user!, input);
  }

  @Allowed('workFaultTicket')
  @Mutation(() => FaultTicketType, {
    description: '派单（默认派给自己）· Assign a ticket to an engineer of the branch; yourself by default.',
  })
  assignFaultTicket(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('assignee', () => String, { nullable: true, description: '工程师登录名 · Engineer’s login.' })
    assignee: string | null,
    @Ctx() ctx: Context,
  ): Promise<FaultTicketRow> {
    return moveFaultTicket(ctx.em, ctx.user!, requireRowId('FaultTicket', id), { to: 'assigned', assignee });
  }

  @Allowed('workFaultTicket')
  @Mutation(() => FaultTicketType, {
    description:
      '推进工单：到场、修复（须写处理结果）、关闭 · Move a ticket on: on site, fixed (say what was done), closed.',
  })
  moveFaultTicket(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('to', () => FaultStatusEnum, { description: '新状态 · New status.' }) to: FaultStatusEnum,
    @Arg('note', () => String, { nullable: true, description: '说明或处理结果 · Note, or what was done.' })
    note: string | null,
    @Ctx() ctx: Context,
  ): Promise<FaultTicketRow> {
    return moveFaultTicket(ctx.em, ctx.user!, requireRowId('FaultTicket', id), { to, note });
  }
}
