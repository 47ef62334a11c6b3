import { MERCHANT_STATUSES, type MerchantStatus } from '@cornerstone/shared/merchant/merchant-rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { emitEvents } from '../platform/events/outbox.ts';
import { react } from '../platform/events/reactions.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import type { Merchant } from './merchant.entity.ts';
import { findMerchant } from './merchant.service.ts';

/**
 * Moves a merchant to another status with a reason: the change goes to its history and, in the
 * same transaction, a `merchant.status_changed` event to the webhook outbox.
 */
export async function setMerchantStatus(
  em: EntityManager,
  user: AppUser,
  mid: string,
  status: string,
  reason: string,
): Promise<Merchant> {
  requirePermission(user, 'manageMerchants');
  const check = new InputCheck();
  const m = await findMerchant(em, user, mid);
  check.require(m !== null, 'mid', 'merchant.notFound', { mid: mid });
  check.check(
    MERCHANT_STATUSES.includes(status as MerchantStatus),
    'status',
    `one of ${MERCHANT_STATUSES.join(', ')}`,
  );
  if (m && m.status === status) check.add('status', `the merchant is already ${status}`);
  const why = reason?.trim() ?? '';
  check.check(why.length > 0 && why.length <= 500, 'reason', 'say why, in at most 500 characters');
  check.throwIfAny();
  const from = m!.status;
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    await t.execute(
      'update merchant set status = ?, status_reason = ?, updated_at = now() where id = ?',
      [status, why, m!.id],
      'run',
    );
    await t.execute(
      `insert into merchant_change (merchant_id, actor, source, kind, changes) values (?, ?, 'graphql setMerchantStatus', 'status', ?::jsonb)`,
      [m!.id, user.login, JSON.stringify({ status: { from, to: status }, reason: why })],
      'run',
    );
    await emitEvents(t, 'merchant.status_changed', [
      { mid, from, to: status, actor: user.login, at: new Date().toISOString() },
    ]);
    // Its tasks follow at once (a terminated merchant's are cancelled, a reactivated one's reopened),
    // as an edit's do: the tier snapshot refreshes only the merchants whose cadence tier moved.
    await react('merchants.imported', { em: t, merchantIds: [m!.id] });
  });
  em.clear();
  return (await findMerchant(em, user, mid))!;
}
