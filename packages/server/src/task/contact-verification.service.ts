import { maskMobile } from '@cornerstone/shared/privacy/mask';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppUser } from '../identity/user.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { blindIndex, encryptPersonal } from '../platform/db/personal-data.ts';
import { intArray } from '../platform/db/values.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { refreshTasks } from './tasks.service.ts';

// 信息更新: the re-verification task asks for the merchant's contact data to be confirmed yearly.

/**
 * Records that the contact data of these merchants was confirmed on `day`, unchanged (a visit or
 * call that confirmed it, or a batch of re-verifications), with a line in each one's history. Set-based:
 * two statements however many merchants. The caller refreshes their tasks.
 */
export async function markContactsVerified(
  em: EntityManager,
  actor: string,
  source: string,
  merchantIds: readonly number[],
  day: string,
): Promise<void> {
  if (merchantIds.length === 0) return;
  const ids = intArray(merchantIds);
  await em.execute(
    `insert into merchant_change (merchant_id, actor, source, kind, changes)
     select id, ?, ?, 'updated', jsonb_build_object('contactVerifiedOn', jsonb_build_object('from', contact_verified_on, 'to', ?::date))
     from merchant where id = any(?::int[]) and contact_verified_on is distinct from ?::date`,
    [actor, source, day, ids, day],
    'run',
  );
  await em.execute(
    'update merchant set contact_verified_on = ?, updated_at = now() where id = any(?::int[]) and contact_verified_on is distinct from ?::date',
    [day, ids, day],
    'run',
  );
}
/**
 * Records that the merchant's contact data was verified today, with any corrected values; the
 * change is kept in the merchant's history (mobile masked) and the re-verification task is done.
 */
export async function verifyContact(
  em: EntityManager,
  user: AppUser,
  mid: string,
  contact: { name?: string | null; mobile?: string | null },
): Promise<void> {
  const check = new InputCheck();
  if (contact.mobile != null)
    check.check(/^1\d{10}$/.test(contact.mobile), 'mobile', '11 digits starting with 1');
  if (contact.name != null) check.check(contact.name.trim().length > 0, 'name', 'cannot be empty');
  const merchant = await findMerchant(em, user, mid);
  check.require(merchant !== null, 'mid', 'merchant.notFound', { mid: mid });
  check.throwIfAny();
  const m = merchant!;
  const today = businessToday();
  const changes: Record<string, { from: unknown; to: unknown }> = {
    contactVerifiedOn: { from: m.contactVerifiedOn, to: today },
  };
  if (contact.name != null && contact.name.trim() !== m.contactName)
    changes.contactName = { from: m.contactName, to: contact.name.trim() };
  if (contact.mobile != null && contact.mobile !== m.contactMobile)
    changes.contactMobile = { from: maskMobile(m.contactMobile), to: maskMobile(contact.mobile) };
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    await t.execute(
      `update merchant set contact_verified_on = ?, contact_name = coalesce(?, contact_name),
         contact_mobile = coalesce(?, contact_mobile), contact_mobile_hash = coalesce(?, contact_mobile_hash),
         updated_at = now() where id = ?`,
      [
        today,
        contact.name?.trim() ?? null,
        encryptPersonal(contact.mobile ?? null),
        blindIndex(contact.mobile ?? null),
        m.id,
      ],
      'run',
    );
    await t.execute(
      `insert into merchant_change (merchant_id, actor, source, kind, changes) values (?, ?, 'graphql verifyContact', 'updated', ?::jsonb)`,
      [m.id, user.login, JSON.stringify(changes)],
      'run',
    );
    await refreshTasks(t, [m.id]);
  });
}
