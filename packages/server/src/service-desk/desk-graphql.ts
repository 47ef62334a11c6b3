import { slaClock } from '@cornerstone/shared/service-desk/service-desk';
import { Arg, type ClassType, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { globalId } from '../platform/graphql/node.ts';
import { DeskOrderEnum, type SlaClockType, type SlaStateEnum } from './sla.types.ts';

// What the GraphQL side of a complaint and a fault ticket have in common: the SLA clock, the
// `orderBy` argument of their lists, and the fields every case has (its global id, its merchant).

export const clock = (start: Date, due: Date, stoppedAt: Date | null): SlaClockType => {
  const c = slaClock(start, due, stoppedAt, new Date());
  return { ...c, state: c.state as SlaStateEnum, dueAt: due };
};

/** The `orderBy` argument of a desk list: most urgent first unless asked otherwise. */
export const deskOrderArg = () =>
  Arg('orderBy', () => DeskOrderEnum, {
    defaultValue: DeskOrderEnum.URGENCY,
    description: '排序（默认最紧急在前）· Order; most urgent first by default.',
  });

/** What every case row carries for the shared fields. */
export interface DeskCase {
  id: string;
  merchantId: number;
}

/**
 * The field resolvers every case type has, for a feature's resolver to extend. A new class each
 * call: type-graphql hands a base resolver's fields to the first class that extends it only.
 */
export function deskCaseResolver(node: 'Complaint' | 'FaultTicket', type: ClassType) {
  @Resolver(() => type)
  abstract class DeskCaseResolver {
    @FieldResolver(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
    id(@Root() c: DeskCase): string {
      return globalId(node, c.id);
    }

    @FieldResolver(() => MerchantType, { description: '商户 · The merchant.' })
    async merchant(@Root() c: DeskCase, @Ctx() ctx: Context): Promise<Merchant> {
      return (await loadMerchantById(ctx.em, ctx.loaders, c.merchantId))!;
    }
  }
  return DeskCaseResolver;
}
