import { Migration } from '@mikro-orm/migrations';

// Hand-written: the loyalty ledger (docs/domain.md §5), with its invariants enforced by the database
// itself — append-only entries, balances that never go below zero, one reversal per entry, and a
// unique idempotency key per posting.
export class Migration20261128160000_loyalty extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table points_account (
      merchant_id int primary key references merchant (id),
      balance bigint not null default 0 check (balance >= 0),
      -- Cumulative non-capped amount (yuan) and capped count that accruals have counted so far.
      cum_amount numeric(20,2) not null default 0,
      cum_capped bigint not null default 0,
      updated_at timestamptz not null default now()
    );`);
    this.addSql(`create table points_entry (
      id bigserial primary key,
      merchant_id int not null references merchant (id),
      kind text not null check (kind in ('accrual', 'redemption', 'expiry', 'reversal', 'adjustment')),
      points bigint not null check (points <> 0),
      balance_after bigint not null check (balance_after >= 0),
      source text not null,
      rule_id text,
      actor text not null,
      reason text,
      approver text,
      idempotency_key text not null unique,
      request_hash text not null,
      reverses_id bigint unique references points_entry (id),
      created_at timestamptz not null default now(),
      check (kind <> 'adjustment' or (reason is not null and approver is not null)),
      check ((kind = 'reversal') = (reverses_id is not null))
    );`);
    this.addSql('create index points_entry_merchant_idx on points_entry (merchant_id, id);');
    // The balance is the sum of entries: each insert moves it, and it may not go below zero.
    this.addSql(`create function cs_points_entry_post() returns trigger language plpgsql as $$
      declare bal bigint;
      begin
        insert into points_account (merchant_id) values (new.merchant_id) on conflict do nothing;
        update points_account set balance = balance + new.points, updated_at = now()
          where merchant_id = new.merchant_id returning balance into bal;
        if bal < 0 then
          raise exception 'points balance of merchant % would go below zero', new.merchant_id using errcode = '23514';
        end if;
        new.balance_after := bal;
        return new;
      end $$;`);
    this.addSql(
      'create trigger points_entry_post before insert on points_entry for each row execute function cs_points_entry_post();',
    );
    this.addSql(`create function cs_points_entry_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'points entries are append-only: correct with a new entry' using errcode = '55000';
      end $$;`);
    this.addSql(
      'create trigger points_entry_immutable before update or delete on points_entry for each row execute function cs_points_entry_immutable();',
    );
    this.addSql(
      'create trigger points_entry_no_truncate before truncate on points_entry for each statement execute function cs_points_entry_immutable();',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists points_entry, points_account cascade;');
    this.addSql('drop function if exists cs_points_entry_post(), cs_points_entry_immutable();');
  }
}
