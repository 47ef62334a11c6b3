import { Migration } from '@mikro-orm/migrations';

// Hand-written: a stored tier snapshot answers as soon as it commits, and the maintenance cadence and
// open tasks follow it behind (issue 20: a first snapshot of a million merchants spent two thirds of
// its time writing their tasks). What is left to follow is kept with the snapshot, so a server that
// stops halfway resumes it: `cadence_followed_at` null means its cadence and tasks are still to be
// brought in line; `cadence_lease_until` is how long the process doing it holds it. The snapshots
// stored before this were followed when they were taken.
export class Migration20261211090000_snapshot_follow_up extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table tier_snapshot_run add column cadence_followed_at timestamptz null, add column cadence_lease_until timestamptz null;',
    );
    this.addSql('update tier_snapshot_run set cadence_followed_at = computed_at;');
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table tier_snapshot_run drop column cadence_followed_at, drop column cadence_lease_until;',
    );
  }
}
