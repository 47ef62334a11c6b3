import { Migration } from '@mikro-orm/migrations';

// Hand-written: the work queue's capacity (packages/shared maintenance/task-priority.ts) — how many
// visits, calls and other items a day holds, as data: a row for everyone (user_id null; without
// it, DEFAULT_WORK_CAPACITY, ours) and a row per account manager where one was set.
export class Migration20261208090000_work_queue extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table work_capacity (
      id serial primary key,
      user_id int references app_user (id),
      visits int not null check (visits between 0 and 200),
      calls int not null check (calls between 0 and 200),
      others int not null check (others between 0 and 200),
      updated_by text not null,
      updated_at timestamptz not null default now()
    );`);
    this.addSql('create unique index work_capacity_user_idx on work_capacity ((coalesce(user_id, 0)));');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists work_capacity cascade;');
  }
}
