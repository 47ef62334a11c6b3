import { DEFAULT_PRODUCTS } from '@cornerstone/shared/value/recommend';
import { Migration } from '@mikro-orm/migrations';

// Hand-written: added value (附加价值) — the product catalogue as data, what each merchant holds,
// the offers made (so nothing is pushed again too soon), and customer events with their invitations.
export class Migration20261129120000_value extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table product (
      code text primary key,
      name_zh text not null,
      name_en text not null,
      reason_zh text not null,
      reason_en text not null,
      rule jsonb not null default '{}',
      cooldown_days int not null default 90 check (cooldown_days between 0 and 730),
      active boolean not null default true,
      position int not null default 0
    );`);
    DEFAULT_PRODUCTS.forEach((p, i) => {
      const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
      this.addSql(`insert into product (code, name_zh, name_en, reason_zh, reason_en, rule, cooldown_days, position)
        values (${q(p.code)}, ${q(p.nameZh)}, ${q(p.nameEn)}, ${q(p.reasonZh)}, ${q(p.reasonEn)}, ${q(JSON.stringify(p.rule))}::jsonb, ${p.cooldownDays}, ${i});`);
    });
    this.addSql(`create table merchant_product (
      merchant_id int not null references merchant (id),
      product_code text not null references product (code),
      since date not null,
      source text not null,
      primary key (merchant_id, product_code)
    );`);
    this.addSql(`create table product_offer (
      id bigserial primary key,
      merchant_id int not null references merchant (id),
      product_code text not null references product (code),
      outcome text not null check (outcome in ('offered', 'accepted', 'declined')),
      offered_on date not null,
      staff_id int not null references app_user (id),
      note text,
      created_at timestamptz not null default now()
    );`);
    this.addSql('create index product_offer_merchant_idx on product_offer (merchant_id, product_code, id desc);');
    this.addSql(`create table customer_event (
      id serial primary key,
      kind text not null check (kind in ('seminar', 'training', 'customer_event', 'club')),
      title text not null,
      starts_at timestamptz not null,
      location text,
      segment jsonb not null default '{}',
      branch_id int references branch (id),
      created_by text not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create table event_invitation (
      event_id int not null references customer_event (id),
      merchant_id int not null references merchant (id),
      invited_at timestamptz not null default now(),
      invited_by text not null,
      rsvp text not null default 'pending' check (rsvp in ('pending', 'yes', 'no')),
      attended_at timestamptz,
      interaction_id bigint references interaction (id),
      primary key (event_id, merchant_id)
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table if exists event_invitation, customer_event, product_offer, merchant_product, product cascade;',
    );
  }
}
