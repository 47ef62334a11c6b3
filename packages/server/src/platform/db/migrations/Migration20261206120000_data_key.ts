import { Migration } from '@mikro-orm/migrations';

// Hand-written: the fingerprint of the data key that encrypts this database's personal data (a keyed
// hash from the key, never the key), so that a process started with another key is refused before
// it writes values no other process can read (platform/db/data-key.ts).
export class Migration20261206120000_data_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table data_key (
      id int primary key default 1 check (id = 1),
      fingerprint text not null,
      created_at timestamptz not null default now()
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists data_key;');
  }
}
