import { COUNTING_OUTCOMES } from '@cornerstone/shared/maintenance/maintenance';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { intArray } from '../platform/db/values.ts';
import { DateScalar } from '../platform/graphql/scalars.ts';
import { localDateSql } from '../platform/time/business-time.ts';

const counting = COUNTING_OUTCOMES.map((o) => `'${o}'`).join(', ');

/**
 * SQL `(merchant_id, key)`: the business day of each merchant's last counting contact — a visit,
 * call or message (a kind some cadence rule is satisfied by, as the tasks count them) that reached
 * the merchant, corrections applied. Not the day the contact data was last verified: that is a
 * check of the records, not a contact. `merchantCond` narrows it (e.g. `merchant_id = any(?)`).
 */
export function lastContactSql(merchantCond?: { sql: string; params: unknown[] }): {
  sql: string;
  params: unknown[];
} {
  return {
    sql: `select i.merchant_id, max(${localDateSql('i.occurred_at')}) as key from interaction_effective i
      where i.outcome in (${counting}) and i.kind in (select unnest(r.satisfied_by) from cadence_rule r)
      ${merchantCond ? `and i.${merchantCond.sql}` : ''} group by i.merchant_id`,
    params: merchantCond?.params ?? [],
  };
}

@Resolver(() => MerchantType)
export class MerchantLastContactResolver {
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      '上次有效联系日期（联系上的拜访、电话或消息；不是联系人核实日期）· Day of the last counting contact (a visit, call or message that reached the merchant), not the contact data’s verification; null if never.',
  })
  lastContactOn(@Root() m: Merchant, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders
      .get<string | null>(
        'last-contact',
        async (ids) => {
          const q = lastContactSql({
            sql: 'merchant_id = any(?::int[])',
            params: [intArray(ids.map(Number))],
          });
          const rows = await ctx.em.execute<{ merchant_id: number; key: string }[]>(
            `select merchant_id, key::text as key from (${q.sql}) x`,
            q.params,
          );
          return new Map(rows.map((r) => [String(r.merchant_id), r.key]));
        },
        null,
      )
      .load(String(m.id));
  }
}
