import { Migration } from '@mikro-orm/migrations';

// Hand-written: the fee plan's history (费率变更). A merchant's plan now has the day it takes effect;
// the merchant row keeps the plan in effect today (what lists, filters and exports read), and this
// table every plan it has had, so the page can say which plan a settlement day was charged under.
// Profit never reads it: a settlement row carries the merchant fee actually charged (contract), so
// the days before a change keep the old plan's profit by construction.
export class Migration20261209090000_merchant_edits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table merchant_fee_plan (
      merchant_id int not null references merchant (id) on delete cascade,
      effective_from date not null,
      fee_plan text not null check (fee_plan in ('rate', 'capped')),
      rate numeric(8,6) not null,
      cap numeric(14,2) null,
      actor text not null,
      recorded_at timestamptz not null default now(),
      primary key (merchant_id, effective_from)
    );`);
    // Every merchant so far: the plan it has, in effect since it was onboarded.
    this.addSql(`insert into merchant_fee_plan (merchant_id, effective_from, fee_plan, rate, cap, actor)
      select id, onboarded_on, fee_plan, rate, cap, 'migration' from merchant;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table merchant_fee_plan;');
  }
}
