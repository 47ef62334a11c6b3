import { may } from '@cornerstone/shared/roles/permissions';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { eventById, invitationByKey } from '../event/event-read.service.ts';
import { auditEntryById } from '../identity/audit/audit.service.ts';
import { toUserType } from '../identity/auth.types.ts';
import { branchNode } from '../identity/branch.resolver.ts';
import type { Context } from '../identity/context.ts';
import { AppUser } from '../identity/user.entity.ts';
import { dataImportNode } from '../imports/import.resolver.ts';
import { interactionInScope } from '../interaction/interactions.service.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { MAX_PAGE } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { asNode, byRowId, type NodeFetch, NodeInterface, parseGlobalId } from '../platform/graphql/node.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { PRODUCT_NODES } from '../product/product.nodes.ts';
import { complaintById } from '../service-desk/complaint-read.service.ts';
import { faultTicketById } from '../service-desk/fault-read.service.ts';
import { taskInScope } from '../task/my-work.service.ts';
import { toTask } from '../task/task.resolver.ts';
import { insightByKey } from '../tier/tier-lists.resolver.ts';
import { WEBHOOK_NODES } from '../webhooks/webhooks.nodes.ts';

/**
 * How each node type is fetched by its key, for the caller: within the caller's scope, or null —
 * an object out of scope answers exactly as one that does not exist.
 */
const FETCH: Record<string, NodeFetch<Context>> = {
  Merchant: (ctx, mid) => findMerchant(ctx.em, ctx.user!, mid),
  AuditEntry: byRowId(async (ctx, id) =>
    may(ctx.user!.role, 'administer') ? auditEntryById(ctx.em, id) : null,
  ),
  Interaction: byRowId((ctx, id) => interactionInScope(ctx.em, ctx.user!, id)),
  // Operations staff handle no complaints: to them a complaint's id answers as a missing one.
  Complaint: async (ctx, id) =>
    may(ctx.user!.role, 'readComplaints') ? complaintById(ctx.em, ctx.user!, id) : null,
  FaultTicket: (ctx, id) => faultTicketById(ctx.em, ctx.user!, id),
  CustomerEvent: byRowId((ctx, id) => eventById(ctx.em, ctx.user!, id)),
  EventInvitation: (ctx, key) => invitationByKey(ctx.em, ctx.user!, key),
  MerchantInsight: (ctx, key) => insightByKey(ctx, key),
  MaintenanceTask: byRowId(async (ctx, id) => {
    const row = await taskInScope(ctx.em, ctx.user!, id);
    return row && toTask(row, businessToday());
  }),
  User: byRowId(async (ctx, key) => {
    const me = ctx.user!;
    const u = await ctx.em.findOne(AppUser, { id: Number(key) }, { populate: ['branch'] });
    if (!u) return null;
    // Administrators and analysts see every user; others themselves and the users of their branch.
    const visible =
      me.role === 'admin' ||
      me.role === 'analyst' ||
      u.id === me.id ||
      (!!me.branch && u.branch?.id === me.branch.id);
    return visible ? toUserType(u) : null;
  }),
  Branch: branchNode,
  DataImport: dataImportNode,
  ...WEBHOOK_NODES,
  ...PRODUCT_NODES,
};

async function fetchNode(ctx: Context, id: string): Promise<object | null> {
  const parsed = parseGlobalId(id);
  const fetch = parsed && FETCH[parsed.type];
  if (!parsed || !fetch) return null;
  const value = await fetch(ctx, parsed.key);
  return value && asNode(parsed.type, value);
}

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => NodeInterface, {
    nullable: true,
    description:
      '按全局编号取对象；不存在或无权查看时为空 · The object of a global id; null when none you may see.',
  })
  node(
    @Arg('id', () => ID, { description: '全局编号 · Global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<object | null> {
    return fetchNode(ctx, id);
  }

  @Authorized()
  @Query(() => [NodeInterface], {
    nullable: 'items',
    description:
      '按全局编号取多个对象（至多 100 个，顺序同 ids）· The objects of up to 100 global ids, in order.',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: '全局编号 · Global ids, at most 100.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(object | null)[]> {
    if (ids.length > MAX_PAGE)
      throw new AppError('BAD_USER_INPUT', `ids: at most ${MAX_PAGE} at a time`, { field: 'ids' });
    const out: (object | null)[] = [];
    // One after another: the request's EntityManager is not for concurrent use.
    for (const id of ids) out.push(await fetchNode(ctx, id));
    return out;
  }
}
