import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The demo's product holdings, deterministic from each MID: QR acceptance at about half the
 * merchants, e-invoicing and membership marketing at some, a few merchant loans — so
 * recommendations have peers to learn from and the acceptance report has history.
 */
export async function seedDemoProducts(em: EntityManager, today: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `with h as (
       select p.code, m.id, abs(hashtext(m.mid || p.code)) % 100 as roll, m.onboarded_on
       from merchant m cross join product p where m.status <> 'terminated'),
     ins as (
       insert into merchant_product (merchant_id, product_code, since, source)
       select id, code, greatest(onboarded_on, ?::date - 400 + roll), 'demo' from h
       where (code = 'qr_acceptance' and roll < 50) or (code = 'e_invoice' and roll < 20)
          or (code = 'membership_marketing' and roll < 15) or (code = 'merchant_loan' and roll < 6)
       on conflict do nothing returning 1)
     select count(*)::int as n from ins`,
    [today],
  );
  return row!.n;
}
