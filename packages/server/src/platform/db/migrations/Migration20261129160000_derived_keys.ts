import { Migration } from '@mikro-orm/migrations';

// Hand-written: the official tiers and the cadence tiers are derived tables, recomputed whole from
// the merchants themselves (every row comes from a join with merchant), and merchants are never
// deleted (cs_merchant_never_deleted). Their foreign keys to merchant checked each of a million rows
// again on every tier snapshot: 5.7 s each at 1,000,000 merchants. Hand-kept data (tasks, visits,
// the ledger, complaints) keeps its foreign keys.
export class Migration20261129160000_derived_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table tier_snapshot drop constraint tier_snapshot_merchant_id_fkey;');
    this.addSql('alter table merchant_cadence drop constraint merchant_cadence_merchant_id_fkey;');
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table tier_snapshot add constraint tier_snapshot_merchant_id_fkey foreign key (merchant_id) references merchant (id);',
    );
    this.addSql(
      'alter table merchant_cadence add constraint merchant_cadence_merchant_id_fkey foreign key (merchant_id) references merchant (id);',
    );
  }
}
