import { Migration } from '@mikro-orm/migrations';

// Hand-written: the ledger's posting cost on a settlement import that earns every merchant points
// (issue 20: 100,000 accruals took 2.2 s to insert, 1.0 s of it the foreign-key check per row and
// 0.55 s calling the posting trigger only to let each row through).
// - The trigger's exception for the bulk accrual moves into its WHEN clause, which PostgreSQL tests
//   without calling the function. The setting is unset outside the statement that sets it (null,
//   or '' once set in the session): coalesce, so only 'on' lets a row past the trigger.
// - points_entry loses its foreign key to merchant, which points_account keeps: every entry is
//   posted to an account that exists — the trigger creates it (checked against merchant) for every
//   entry it posts, and the bulk accrual posts only to the accounts its own statement just upserted
//   from the import's merchants — and merchants are never deleted (cs_merchant_never_deleted).
const postFunction = `create or replace function cs_points_entry_post() returns trigger language plpgsql as $$
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
      end $$;`;

export class Migration20261210090000_points_post_when extends Migration {
  override async up(): Promise<void> {
    this.addSql(postFunction);
    this.addSql('drop trigger points_entry_post on points_entry;');
    this.addSql(`create trigger points_entry_post before insert on points_entry for each row
      when (not (new.kind = 'accrual' and new.points > 0
                 and coalesce(current_setting('cornerstone.bulk_accrual', true), '') = 'on'))
      execute function cs_points_entry_post();`);
    this.addSql('alter table points_entry drop constraint points_entry_merchant_id_fkey;');
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table points_entry add constraint points_entry_merchant_id_fkey foreign key (merchant_id) references merchant (id);',
    );
    this.addSql('drop trigger points_entry_post on points_entry;');
    this.addSql(
      'create trigger points_entry_post before insert on points_entry for each row execute function cs_points_entry_post();',
    );
    this.addSql(postFunction.replace(
      'begin\n',
      `begin
        if new.kind = 'accrual' and new.points > 0
           and current_setting('cornerstone.bulk_accrual', true) = 'on' then
          return new;
        end if;\n`,
    ));
  }
}
