import { Migration } from '@mikro-orm/migrations';

// Hand-written: what the settlement import's bulk path needs to stay fast at a million merchants.
// - settlement_month loses its foreign key to merchant: it is a rollup of settlement (which has
//   none), every row of it is written by an import that took the merchant's id from merchant, and
//   merchants are never deleted (cs_merchant_never_deleted). The check cost one trigger call per
//   merchant-month: 0.46 s of every 80,000 rollup rows.
// - The ledger trigger lets a bulk accrual, and only an accrual, through untouched when the bulk
//   path says so for its own statement: that statement moves every merchant's balance itself and
//   sets each entry's balance_after (accruals only add points, so no balance goes below zero).
/** The ledger's posting trigger (as in Migration20261128160000_loyalty), with `first` run before it. */
const postTrigger = (first: string) => `create or replace function cs_points_entry_post() returns trigger language plpgsql as $$
      declare bal bigint;
      begin${first}
        insert into points_account (merchant_id) values (new.merchant_id) on conflict do nothing;
        update points_account set balance = balance + new.points, updated_at = now()
          where merchant_id = new.merchant_id returning balance into bal;
        if bal < 0 then
          raise exception 'points balance of merchant % would go below zero', new.merchant_id using errcode = '23514';
        end if;
        new.balance_after := bal;
        return new;
      end $$;`;

export class Migration20261129150000_bulk_import extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table settlement_month drop constraint settlement_month_merchant_id_fkey;');
    this.addSql(
      postTrigger(`
        if new.kind = 'accrual' and new.points > 0
           and current_setting('cornerstone.bulk_accrual', true) = 'on' then
          return new;
        end if;`),
    );
  }

  override async down(): Promise<void> {
    this.addSql(postTrigger(''));
    this.addSql(
      'alter table settlement_month add constraint settlement_month_merchant_id_fkey foreign key (merchant_id) references merchant (id);',
    );
  }
}
