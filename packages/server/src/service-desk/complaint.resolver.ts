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
import { globalId, requireRowId, rowIdOf } from '../platform/graphql/node.ts';
import { ComplaintFilterInput, OpenComplaintInput } from './complaint.inputs.ts';
import {
  ComplaintConnectionType,
  ComplaintEventType,
  ComplaintType,
  EscalationRunType,
} from './complaint.types.ts';
import {
  assertComplaintReader,
  type ComplaintEventRow,
  complaintById,
  complaintEvents,
  listComplaints,
} from './complaint-read.service.ts';
import { actOnComplaint, assignComplaint, escalateBreached, openComplaint } from './complaints.service.ts';
import { clock, deskCaseResolver, deskOrderArg } from './desk-graphql.ts';
import { DeskOrderEnum, SlaClockType } from './sla.types.ts';

// Its id and merchant are every case's (deskCaseResolver); its clocks, history and moves are its own.
@Resolver(() => ComplaintType)
export class ComplaintResolver extends deskCaseResolver('Complaint', ComplaintType) {
  @Authorized()
  @Query(() => ComplaintType, {
    nullable: true,
    description: '按编号查询投诉 · A complaint by id; null when unknown or outside your scope.',
  })
  complaint(@Arg('id', () => ID, { description: '编号 · Id.' }) id: string, @Ctx() ctx: Context) {
    assertComplaintReader(ctx.user!);
    const key = rowIdOf('Complaint', id);
    return key ? complaintById(ctx.em, ctx.user!, key) : null;
  }

  @Authorized()
  @Query(() => ComplaintConnectionType, {
    description:
      '投诉与反馈，默认最紧急在前 · Complaints and feedback in your scope, most urgent first by default.',
  })
  async complaints(
    @Arg('filter', () => ComplaintFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: ComplaintFilterInput | null,
    @deskOrderArg() orderBy: DeskOrderEnum,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listComplaints(ctx.em, ctx.user!, filter, page, orderBy);
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

  @Allowed('handleComplaint')
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

  @Allowed('handleComplaint')
  @Mutation(() => ComplaintType, {
    description: '首次响应（停止响应时钟）· Record the first response; stops the response clock.',
  })
  respondToComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: '说明 · Note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return actOnComplaint(ctx.em, ctx.user!, requireRowId('Complaint', id), { action: 'respond', note });
  }

  @Allowed('handleComplaint')
  @Mutation(() => ComplaintType, { description: '解决（停止全部时钟）· Resolve; stops both clocks.' })
  resolveComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('resolution', () => String, { description: '处理结果 · How it was resolved.' }) resolution: string,
    @Ctx() ctx: Context,
  ) {
    return actOnComplaint(ctx.em, ctx.user!, requireRowId('Complaint', id), {
      action: 'resolve',
      resolution,
    });
  }

  @Allowed('handleComplaint')
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
    return actOnComplaint(ctx.em, ctx.user!, requireRowId('Complaint', id), {
      action: 'close',
      satisfaction,
      note,
    });
  }

  @Allowed('handleComplaint')
  @Mutation(() => ComplaintType, {
    description: '商户不认可，重新处理 · Reopen a resolved complaint the merchant is not satisfied with.',
  })
  reopenComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: '说明 · Note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return actOnComplaint(ctx.em, ctx.user!, requireRowId('Complaint', id), { action: 'reopen', note });
  }

  @Allowed('assignComplaint')
  @Mutation(() => ComplaintType, {
    description: '转派处理人 · Hand a complaint to a colleague of the branch.',
  })
  assignComplaint(
    @Arg('id', () => ID, { description: '编号 · Id.' }) id: string,
    @Arg('assignee', () => String, { description: '处理人登录名 · Assignee’s login.' }) assignee: string,
    @Ctx() ctx: Context,
  ) {
    return assignComplaint(ctx.em, ctx.user!, requireRowId('Complaint', id), assignee);
  }

  @Allowed('assignComplaint')
  @Mutation(() => EscalationRunType, {
    description:
      '超时升级（服务每 5 分钟自动执行；可重复执行）· Escalate breached complaints now; the server also does it every 5 minutes.',
  })
  async escalateBreachedComplaints(@Ctx() ctx: Context) {
    const run = await escalateBreached(ctx.em);
    return { ...run, ids: run.ids.map((id) => globalId('Complaint', id)) };
  }
}
