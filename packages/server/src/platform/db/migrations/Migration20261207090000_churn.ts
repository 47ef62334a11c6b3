import { Migration } from '@mikro-orm/migrations';

// Hand-written: lifetime value by calendar month (BG/BB) beside BG/NBD, the churn score with its
// reasons, the back-test that measures both against the old rule (docs/clv.md), and retention
// tasks for valuable merchants at risk. A terminal keeps the day it was removed: a removal is one
// of the churn signals, and a back-test needs to know whether it happened before its as-of day.
export class Migration20261207090000_churn extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table clv_run add column model text not null default 'bgnbd' check (model in ('bgnbd', 'bgbb'));`);
    this.addSql(`create table churn_run (
      id serial primary key,
      as_of date not null,
      model jsonb not null,
      merchants int not null,
      fitted boolean not null,
      computed_by text not null,
      computed_at timestamptz not null default now()
    );`);
    this.addSql(`create table merchant_churn (
      merchant_id int primary key references merchant (id),
      run_id int not null references churn_run (id),
      score double precision not null check (score >= 0 and score <= 1),
      reasons jsonb not null,
      inputs jsonb not null
    );`);
    this.addSql('create index merchant_churn_score_idx on merchant_churn (score desc);');
    this.addSql(`create table clv_backtest (
      id serial primary key,
      as_of date not null,
      holdout_months int not null,
      result jsonb not null,
      computed_by text not null,
      computed_at timestamptz not null default now()
    );`);
    this.addSql('alter table terminal add column removed_on date null;');
    this.addSql('alter table maintenance_task drop constraint maintenance_task_kind_check;');
    this.addSql(`alter table maintenance_task add constraint maintenance_task_kind_check
      check (kind in ('cadence', 'follow_up', 'greeting', 'reverify', 'retention'));`);
  }

  override async down(): Promise<void> {
    this.addSql("delete from maintenance_task where kind = 'retention';");
    this.addSql('alter table maintenance_task drop constraint maintenance_task_kind_check;');
    this.addSql(`alter table maintenance_task add constraint maintenance_task_kind_check
      check (kind in ('cadence', 'follow_up', 'greeting', 'reverify'));`);
    this.addSql('alter table terminal drop column removed_on;');
    this.addSql('drop table if exists clv_backtest, merchant_churn, churn_run;');
    this.addSql('alter table clv_run drop column model;');
  }
}
