import { slaClock } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { withDates } from '../platform/db/values.ts';
import { intArray } from '../settlement/profit.service.ts';
import {
  actOnComplaint,
  assertComplaintReader,
  assignComplaint,
  type ComplaintEventRow,
  complaintById,
  complaintEvents,
  escalateBreached,
  listComplaints,
  openComplaint,
} from './complaints.service.ts';
import {
  type FaultTicketRow,
  faultTicketById,
  listFaultTickets,
  moveFaultTicket,
  openFaultTicket,
  registerTerminal,
  type TerminalRow,
  terminalById,
  terminalsOf,
} from './faults.service.ts';
import {
  ComplaintConnectionType,
  ComplaintEventType,
  ComplaintFilterInput,
  ComplaintType,
  EscalationRunType,
  FaultEventType,
  FaultStatusEnum,
  FaultTicketConnectionType,
  FaultTicketFilterInput,
  FaultTicketInput,
  FaultTicketType,
  OpenComplaintInput,
  SlaClockType,
  SlaKindEnum,
  SlaPolicyType,
  SlaStateEnum,
  TerminalInput,
  TerminalType,
} from './service-desk.types.ts';
import { loadSlaPolicies, setSlaPolicy } from './sla.service.ts';

const HANDLERS = ['admin', 'branch_manager', 'account_manager'] as const;
const KEEPERS = ['admin', 'branch_manager', 'operations'] as const;

const clock = (start: Date, due: Date, stoppedAt: Date | null): SlaClockType => {
  const c = slaClock(start, due, stoppedAt, new Date());
  return { ...c, state: c.state as SlaStateEnum, dueAt: due };
};

function connection<T extends { cursor: string }>(page: {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
}) {
  return {
    edges: page.rows.map((r) => ({ cursor: r.cursor, node: r })),
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
  };
}

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Authorized()
  @Query(() => ComplaintType, {
    nullable: true,
    description: '按编号查询投诉 · A complaint by id; null when unknown or outside your scope.',
  })
  complaint(@Arg('id', () => ID, { description: '编号 · Id.' }) id: string, @Ctx() ctx: Context) {
    assertComplaintReader(ctx.user!);
    return complaintById(ctx.em, ctx.user!, id);
  }

  @Authorized()
  @Query(() => ComplaintConnectionType, {
    description: '投诉与反馈，最新受理在前 · Complaints and feedback in your scope, newest first.',
  })
  async complaints(
    @Arg('filter', () => ComplaintFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: ComplaintFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '每页条数 1..100 · Page size.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 · Start after this cursor.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    return connection(await listComplaints(ctx.em, ctx.user!, filter, first, after));
  }

  @FieldResolver(() => MerchantType, { description: '商户 · The merchant.' })
  async merchant(@Root() c: ComplaintType, @Ctx() ctx: Context): Promise<Merchant> {
    return (await loadMerchantById(ctx.em, ctx.loaders, c.merchantId))!;
  }

  @FieldResolver(() => SlaClockType, {
    description: '首次响应时效（默认 24 小时）· The first-response clock (24 h by default).',
  })
  responseSla(@Root() c: ComplaintType): SlaClockType {
    return clock(c.receivedAt, c.responseDueAt, c.firstResponseAt);
  }

  @FieldResolver(() => SlaClockType, {
    description: '解决时效（默认 72 小时）· The resolution clock (72 h by default).',
  })
  resolutionSla(@Root() c: ComplaintType): SlaClockType {
    return clock(c.receivedAt, c.resolutionDueAt, c.resolvedAt);
  }

  @FieldResolver(() => [ComplaintEventType], {
    description: '处理记录，最早在前 · Its history, oldest first.',
  })
  events(@Root() c: ComplaintType, @Ctx() ctx: Context): Promise<ComplaintEventRow[]> {
    return ctx.loaders
      .get<ComplaintEventRow[]>('complaint-events', (ids) => complaintEvents(ctx.em, ids), [])
      .load(c.id);
  }

  @Authorized(...HANDLERS)
  @Mutation(() => ComplaintType, {
    description:
      '登记投诉或反馈；按时效政策起算响应与解决时限 · Open a complaint or feedback; its SLA clocks start.',
  })
  openComplaint(
    @Arg('input', () => OpenComplaintInput, { description: '投诉 · The complaint.' })
    input: OpenComplaintInput,
    @Ctx() ctx: Context,
  ) {
    return openComplaint(ctx.em, ctx.user!, input);
  }

  @Authorized(...HANDLERS)
  @Mutation(() => ComplaintType, {
    description: '首次响应（停止响应时钟）· Record the first response; stops the response clock.',
  })
  respondToComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: '说明 · Note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return actOnComplaint(ctx.em, ctx.user!, id, { action: 'respond', note });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => ComplaintType, { description: '解决（停止全部时钟）· Resolve; stops both clocks.' })
  resolveComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('resolution', () => String, { description: '处理结果 · How it was resolved.' }) resolution: string,
    @Ctx() ctx: Context,
  ) {
    return actOnComplaint(ctx.em, ctx.user!, id, { action: 'resolve', resolution });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => ComplaintType, {
    description: '回访后关闭，记录满意度 1–5 · Close after the merchant’s verdict, with satisfaction 1–5.',
  })
  closeComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('satisfaction', () => Int, { description: '满意度 1–5 · Satisfaction, 1 to 5.' })
    satisfaction: number,
    @Arg('note', () => String, { nullable: true, description: '说明 · Note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return actOnComplaint(ctx.em, ctx.user!, id, { action: 'close', satisfaction, note });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => ComplaintType, {
    description: '商户不认可，重新处理 · Reopen a resolved complaint the merchant is not satisfied with.',
  })
  reopenComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: '说明 · Note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return actOnComplaint(ctx.em, ctx.user!, id, { action: 'reopen', note });
  }

  @Authorized('admin', 'branch_manager')
  @Mutation(() => ComplaintType, {
    description: '转派处理人 · Hand a complaint to a colleague of the branch.',
  })
  assignComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('assignee', () => String, { description: '处理人登录名 · Assignee’s login.' }) assignee: string,
    @Ctx() ctx: Context,
  ) {
    return assignComplaint(ctx.em, ctx.user!, id, assignee);
  }

  @Authorized('admin', 'branch_manager')
  @Mutation(() => EscalationRunType, {
    description:
      '超时升级（服务每 5 分钟自动执行；可重复执行）· Escalate breached complaints now; the server also does it every 5 minutes.',
  })
  escalateBreachedComplaints(@Ctx() ctx: Context) {
    return escalateBreached(ctx.em);
  }

  @Authorized()
  @Query(() => [SlaPolicyType], { description: '时效政策 · The SLA policies.' })
  slaPolicies(@Ctx() ctx: Context) {
    return loadSlaPolicies(ctx.em);
  }

  @Authorized('admin')
  @Mutation(() => SlaPolicyType, {
    description:
      '修改时效政策（仅影响此后受理的）· Change an SLA policy; cases opened from now on get the new clocks.',
  })
  setSlaPolicy(
    @Arg('kind', () => SlaKindEnum, { description: '适用对象 · What it applies to.' }) kind: SlaKindEnum,
    @Arg('responseHours', () => Int, { description: '响应时限（小时）· Hours to respond.' })
    responseHours: number,
    @Arg('resolutionHours', () => Int, { description: '解决时限（小时）· Hours to resolve.' })
    resolutionHours: number,
    @Ctx() ctx: Context,
  ) {
    return setSlaPolicy(ctx.em, kind, { responseHours, resolutionHours }, ctx.user!.login);
  }
}

@Resolver(() => FaultTicketType)
export class FaultTicketResolver {
  @Authorized()
  @Query(() => FaultTicketType, {
    nullable: true,
    description: '按编号查询故障工单 · A fault ticket by id; null when unknown or outside your scope.',
  })
  faultTicket(@Arg('id', () => ID, { description: '编号 · Id.' }) id: string, @Ctx() ctx: Context) {
    return faultTicketById(ctx.em, ctx.user!, id);
  }

  @Authorized()
  @Query(() => FaultTicketConnectionType, {
    description: '终端故障工单，最新在前 · Fault tickets in your scope, newest first.',
  })
  async faultTickets(
    @Arg('filter', () => FaultTicketFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: FaultTicketFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '每页条数 1..100 · Page size.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 · Start after this cursor.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    return connection(await listFaultTickets(ctx.em, ctx.user!, filter, first, after));
  }

  @FieldResolver(() => MerchantType, { description: '商户 · The merchant.' })
  async merchant(@Root() f: FaultTicketType, @Ctx() ctx: Context): Promise<Merchant> {
    return (await loadMerchantById(ctx.em, ctx.loaders, f.merchantId))!;
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
  events(@Root() f: FaultTicketType, @Ctx() ctx: Context) {
    return ctx.loaders
      .get<FaultEventType[]>(
        'fault-events',
        async (ids) => {
          const rows = await ctx.em.execute<(FaultEventType & { ticketId: string })[]>(
            `select id::text, ticket_id::text as "ticketId", at, actor, from_status as "fromStatus", to_status as "toStatus", note
             from fault_event where ticket_id = any(?::bigint[]) order by ticket_id, fault_event.id`,
            [intArray(ids.map(Number))],
          );
          const out = new Map<string, FaultEventType[]>();
          for (const r of withDates(rows, 'at')) out.set(r.ticketId, [...(out.get(r.ticketId) ?? []), r]);
          return out;
        },
        [],
      )
      .load(f.id);
  }

  @Authorized(...KEEPERS, 'account_manager')
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

  @Authorized(...KEEPERS)
  @Mutation(() => FaultTicketType, {
    description: '派单（默认派给自己）· Assign a ticket to an engineer of the branch; yourself by default.',
  })
  assignFaultTicket(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('assignee', () => String, { nullable: true, description: '工程师登录名 · Engineer’s login.' })
    assignee: string | null,
    @Ctx() ctx: Context,
  ): Promise<FaultTicketRow> {
    return moveFaultTicket(ctx.em, ctx.user!, id, { to: 'assigned', assignee });
  }

  @Authorized(...KEEPERS)
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
    return moveFaultTicket(ctx.em, ctx.user!, id, { to, note });
  }

  @Authorized(...KEEPERS)
  @Mutation(() => TerminalType, { description: '登记 POS 终端 · Register a POS terminal at a merchant.' })
  registerTerminal(
    @Arg('input', () => TerminalInput, { description: '终端 · The terminal.' }) input: TerminalInput,
    @Ctx() ctx: Context,
  ) {
    return registerTerminal(ctx.em, ctx.user!, input);
  }
}

@Resolver(() => MerchantType)
export class MerchantServiceDeskResolver {
  @FieldResolver(() => [TerminalType], { description: 'POS 终端 · The merchant’s POS terminals.' })
  terminals(@Root() m: Merchant, @Ctx() ctx: Context) {
    return ctx.loaders
      .get<TerminalRow[]>('terminals', (ids) => terminalsOf(ctx.em as EntityManager, ids.map(Number)), [])
      .load(String(m.id));
  }
}
