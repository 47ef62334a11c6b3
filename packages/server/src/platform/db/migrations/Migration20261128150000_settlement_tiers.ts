import { Migration } from '@mikro-orm/migrations';

// Hand-written: reference data, and the tables that only set-based SQL touches (partitioned
// settlements, the monthly rollup, tier snapshots). The entity diff skips these tables.
export class Migration20261128150000_settlement_tiers extends Migration {
  override async up(): Promise<void> {
    // 2013 list rates per category (docs/domain.md §1); editable data from here on.
    this.addSql(`insert into category (code, name_zh, name_en, list_rate, list_cap, is_default) values
      ('general', '一般类', 'General', 0.0078, null, true),
      ('wholesale', '批发类', 'Wholesale', 0.0078, 26.00, false),
      ('dining', '餐娱类', 'Dining & Entertainment', 0.0125, null, false),
      ('auto_realty', '车房类', 'Auto & Real Estate', 0.0125, 80.00, false),
      ('livelihood', '民生类', 'Public Livelihood', 0.0038, null, false),
      ('public_welfare', '公益类', 'Public Welfare', 0, null, false);`);
    this.addSql(`insert into category_mcc_range (category_code, mcc_from, mcc_to) values
      ('wholesale', '5013', '5199'), ('wholesale', '5300', '5300'), ('dining', '3501', '3999'), ('dining', '5812', '5814'),
      ('dining', '5944', '5944'), ('dining', '5971', '5971'), ('dining', '7011', '7011'), ('dining', '7832', '7832'),
      ('dining', '7911', '7999'), ('auto_realty', '1520', '1520'), ('auto_realty', '5511', '5511'),
      ('auto_realty', '5521', '5521'), ('auto_realty', '6513', '6513'), ('livelihood', '4011', '4011'),
      ('livelihood', '4111', '4112'), ('livelihood', '4121', '4121'), ('livelihood', '4131', '4131'),
      ('livelihood', '4784', '4784'), ('livelihood', '4900', '4900'), ('livelihood', '5411', '5411'),
      ('livelihood', '5541', '5542'), ('public_welfare', '8062', '8062'), ('public_welfare', '8211', '8299'),
      ('public_welfare', '8398', '8398'), ('public_welfare', '9211', '9399');`);

    // One row per merchant per settlement day, partitioned by month; partitions are created as data arrives.
    // No foreign key to merchant: checking it costs a quarter of a bulk import, the importer joins on
    // merchant anyway, and merchants are never deleted (the trigger below refuses it).
    this.addSql(`create table settlement (
      merchant_id int not null,
      settle_date date not null,
      txn_count int not null check (txn_count >= 0),
      txn_amount numeric(16,2) not null check (txn_amount >= 0),
      capped_count int not null check (capped_count >= 0 and capped_count <= txn_count),
      capped_amount numeric(16,2) not null check (capped_amount >= 0 and capped_amount <= txn_amount),
      merchant_fee numeric(14,2) not null check (merchant_fee >= 0),
      issuer_fee numeric(14,2) not null check (issuer_fee >= 0),
      network_fee numeric(14,2) not null check (network_fee >= 0),
      import_run_id int,
      primary key (merchant_id, settle_date)
    ) partition by range (settle_date);`);
    // "All merchants over a period" reads whole month partitions (pruning); "one merchant over a
    // period" uses the primary key. No further index to maintain on every import.
    this.addSql(`create function cs_merchant_never_deleted() returns trigger language plpgsql as $$
      begin
        raise exception 'merchants are never deleted: terminate them instead (docs/domain.md §1)' using errcode = '55000';
      end $$;`);
    this.addSql(
      'create trigger merchant_never_deleted before delete on merchant for each row execute function cs_merchant_never_deleted();',
    );
    this.addSql(`create or replace function cs_ensure_settlement_partition(day date) returns void language plpgsql as $$
      declare
        first date := date_trunc('month', day)::date;
        part text := 'settlement_' || to_char(first, 'YYYYMM');
      begin
        -- Serialise concurrent imports creating the same month.
        perform pg_advisory_xact_lock(hashtext(part));
        if to_regclass(part) is null then
          execute format('create table %I partition of settlement for values from (%L) to (%L)',
                         part, first, (first + interval '1 month')::date);
        end if;
      end $$;`);

    // Monthly rollup per merchant, kept current by every import, so period queries never rescan days.
    this.addSql(`create table settlement_month (
      merchant_id int not null references merchant (id),
      month date not null,
      txn_count bigint not null,
      txn_amount numeric(18,2) not null,
      capped_count bigint not null,
      capped_amount numeric(18,2) not null,
      merchant_fee numeric(18,2) not null,
      issuer_fee numeric(18,2) not null,
      network_fee numeric(18,2) not null,
      profit numeric(18,2) not null,
      days int not null,
      last_settle_date date not null,
      primary key (merchant_id, month)
    );`);
    this.addSql(
      'create index settlement_month_month_idx on settlement_month (month) include (merchant_id, profit);',
    );

    // Tier scheme as data: the seed's 1% / 19% / 30% / 50%, as cumulative shares in basis points.
    this.addSql(`create table tier_level (
      tier text primary key,
      position int not null unique,
      name_zh text not null,
      name_en text not null,
      cumulative_bp int not null check (cumulative_bp between 1 and 10000)
    );`);
    this.addSql(`insert into tier_level (tier, position, name_zh, name_en, cumulative_bp) values
      ('KEY', 1, '重要客户', 'Key', 100), ('SECONDARY', 2, '次要客户', 'Secondary', 2000),
      ('ORDINARY', 3, '普通客户', 'Ordinary', 5000), ('SMALL', 4, '小客户', 'Small', 10000);`);

    // The official tier of each merchant for a period (company-wide), replaced whole on recompute.
    this.addSql(`create table tier_snapshot (
      period text not null,
      merchant_id int not null references merchant (id),
      tier text not null,
      rank int not null,
      profit numeric(18,2) not null,
      primary key (period, merchant_id)
    );`);
    this.addSql('create index tier_snapshot_merchant_idx on tier_snapshot (merchant_id, period);');
    this.addSql('create index tier_snapshot_tier_idx on tier_snapshot (period, tier);');
    this.addSql(`create table tier_snapshot_run (
      period text primary key,
      period_start date not null,
      period_end date not null,
      merchant_count int not null,
      total_profit numeric(18,2) not null,
      computed_at timestamptz not null default now(),
      computed_by text not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table if exists tier_snapshot_run, tier_snapshot, tier_level, settlement_month, settlement cascade;',
    );
    this.addSql('drop function if exists cs_ensure_settlement_partition(date);');
    this.addSql('drop trigger if exists merchant_never_deleted on merchant;');
    this.addSql('drop function if exists cs_merchant_never_deleted();');
    this.addSql('delete from category_mcc_range; delete from category;');
  }
}
