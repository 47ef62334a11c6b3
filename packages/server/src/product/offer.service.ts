import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { heldBy } from './catalogue.service.ts';

export const OFFER_OUTCOMES = ['offered', 'accepted', 'declined'] as const;

/** Records an offer and its outcome; an accepted product is held from today. */
export async function recordOffer(
  em: EntityManager,
  user: AppUser,
  input: { mid: string; product: string; outcome: string; note?: string | null },
) {
  const check = new InputCheck();
  const m = await findMerchant(em, user, input.mid);
  check.require(m !== null, 'mid', 'merchant.notFound', { mid: input.mid });
  const [p] = await em.execute<{ code: string }[]>('select code from product where code = ? and active', [
    input.product,
  ]);
  check.check(Boolean(p), 'product', `no active product ${input.product}`);
  check.check(
    OFFER_OUTCOMES.includes(input.outcome as never),
    'outcome',
    `one of ${OFFER_OUTCOMES.join(', ')}`,
  );
  if (m && p && (await heldBy(em, m.id)).has(input.product))
    check.add('product', `the merchant already holds ${input.product}`);
  if (input.note && input.note.length > 1000) check.problem('note', 'text.tooLong', { max: 1000 });
  check.throwIfAny();
  const today = businessToday();
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [row] = await t.execute<{ id: string }[]>(
      `insert into product_offer (merchant_id, product_code, outcome, offered_on, staff_id, note)
       values (?, ?, ?, ?, ?, ?) returning id::text`,
      [m!.id, input.product, input.outcome, today, user.id, input.note ?? null],
    );
    if (input.outcome === 'accepted')
      await t.execute(
        `insert into merchant_product (merchant_id, product_code, since, source) values (?, ?, ?, ?)
         on conflict do nothing`,
        [m!.id, input.product, today, `offer ${row!.id}`],
      );
    return {
      id: row!.id,
      product: input.product,
      outcome: input.outcome,
      offeredOn: today,
      staff: user.login,
    };
  });
}

export interface AcceptanceRow {
  product: string;
  branch: string;
  branchId: number;
  offers: number;
  accepted: number;
  declined: number;
  rate: number | null;
}

/**
 * Offers per product and branch over a time range (days `from` to `to`, both included), in the
 * user's scope, with the acceptance rate of decided ones; `only` narrows it to one product and branch.
 */
export async function acceptance(
  em: EntityManager,
  user: AppUser,
  from: string,
  to: string,
  only?: { product: string; branchId: number },
) {
  const scope = scopeWhere(user);
  const where: SqlWhere = {
    sql: ['o.offered_on >= ?', 'o.offered_on <= ?', ...scope.sql],
    params: [from, to, ...scope.params],
  };
  if (only) {
    where.sql.push('o.product_code = ?', 'b.id = ?');
    where.params.push(only.product, only.branchId);
  }
  return em.execute<AcceptanceRow[]>(
    `select o.product_code as product, b.name as branch, b.id as "branchId", count(*)::int as offers,
            count(*) filter (where o.outcome = 'accepted')::int as accepted,
            count(*) filter (where o.outcome = 'declined')::int as declined,
            (count(*) filter (where o.outcome = 'accepted'))::float8
              / nullif(count(*) filter (where o.outcome in ('accepted', 'declined')), 0) as rate
     from product_offer o join merchant m on m.id = o.merchant_id join branch b on b.id = m.branch_id
     where ${whereSql(where)}
     group by 1, 2, 3 order by 1, 2`,
    [...where.params],
  );
}
