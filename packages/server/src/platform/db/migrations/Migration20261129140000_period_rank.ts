import { Migration } from '@mikro-orm/migrations';

// Hand-written: the pyramid's ranking of every merchant for a period, stored once and read while
// nothing it depends on has changed (docs/scaling.md). Statement-level triggers note each change to
// settlements, the rollup and the merchants' population columns in `analytics_change` with the
// writing transaction's id; a stored ranking is fresh while every such change is visible in the
// snapshot it was computed from. Running totals by rank (`cum_profit`) and the Gini sums make the
// company-wide pyramid a handful of index lookups.
export class Migration20261129140000_period_rank extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table analytics_change (
      id bigserial primary key,
      xid xid8 not null default pg_current_xact_id(),
      source text not null,
      at timestamptz not null default now()
    );`);
    this.addSql('create index analytics_change_xid_idx on analytics_change (xid);');
    this.addSql(`create function cs_analytics_changed() returns trigger language plpgsql as $$
      begin
        insert into analytics_change (source) values (tg_table_name);
        return null;
      end $$;`);
    this.addSql(`create trigger settlement_month_analytics after insert or update or delete or truncate
      on settlement_month for each statement execute function cs_analytics_changed();`);
    this.addSql(`create trigger settlement_analytics after insert or update or delete or truncate
      on settlement for each statement execute function cs_analytics_changed();`);
    this.addSql(`create trigger merchant_analytics after insert or delete or update of mid, status, onboarded_on
      on merchant for each statement execute function cs_analytics_changed();`);
    this.addSql(`create table period_rank_state (
      period_key text primary key,
      period_start date not null,
      period_end date not null,
      snapshot pg_snapshot,
      merchants int,
      total numeric(20,2),
      positive numeric(20,2),
      weighted numeric(32,2),
      computed_at timestamptz,
      requested_at timestamptz not null default now(),
      lease_until timestamptz
    );`);
    this.addSql(`create table period_rank (
      period_key text not null references period_rank_state (period_key) on delete cascade,
      r int not null,
      merchant_id int not null,
      mid text not null,
      profit numeric(18,2) not null,
      cum_profit numeric(20,2) not null,
      primary key (period_key, r)
    );`);
    this.addSql('create unique index period_rank_merchant_idx on period_rank (period_key, merchant_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists settlement_month_analytics on settlement_month;');
    this.addSql('drop trigger if exists settlement_analytics on settlement;');
    this.addSql('drop trigger if exists merchant_analytics on merchant;');
    this.addSql('drop function if exists cs_analytics_changed();');
    this.addSql('drop table if exists period_rank, period_rank_state, analytics_change cascade;');
  }
}
