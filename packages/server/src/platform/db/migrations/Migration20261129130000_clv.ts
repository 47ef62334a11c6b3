import { Migration } from '@mikro-orm/migrations';

// Hand-written: customer lifetime value (docs/clv.md) — each run's fitted BG/NBD and Gamma-Gamma
// parameters, and every merchant's estimate from the latest run.
export class Migration20261129130000_clv extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table clv_run (
      id serial primary key,
      as_of date not null,
      params jsonb not null,
      merchants int not null,
      fitted_on int not null,
      computed_by text not null,
      computed_at timestamptz not null default now()
    );`);
    this.addSql(`create table merchant_clv (
      merchant_id int primary key references merchant (id),
      run_id int not null references clv_run (id),
      x int not null,
      tx int not null,
      t_age int not null,
      mean_profit numeric(18,2) not null,
      expected_transactions double precision not null,
      probability_alive double precision not null,
      expected_value numeric(18,2) not null,
      clv numeric(18,2) not null
    );`);
    this.addSql('create index merchant_clv_clv_idx on merchant_clv (clv desc);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists merchant_clv, clv_run cascade;');
  }
}
