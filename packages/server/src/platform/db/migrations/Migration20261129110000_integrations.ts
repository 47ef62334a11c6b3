import { Migration } from '@mikro-orm/migrations';

// Hand-written: integrators' API tokens, and webhooks delivered from a durable outbox. An event is
// written in the same transaction as the change it reports, with one delivery row per subscribed
// URL; workers claim deliveries with a lease (`for update skip locked`), so two server processes
// never send one delivery twice at once, and a crashed worker's lease runs out.
export class Migration20261129110000_integrations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table api_token (
      id serial primary key,
      name text not null unique,
      token_hash text not null unique,
      user_id int not null references app_user (id),
      created_by text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz
    );`);
    this.addSql(`create table webhook_subscription (
      id serial primary key,
      url text not null,
      events text[] not null,
      secret text not null,
      active boolean not null default true,
      created_by text not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create table outbox_event (
      id bigserial primary key,
      event text not null,
      payload jsonb not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create table webhook_delivery (
      id bigserial primary key,
      subscription_id int not null references webhook_subscription (id),
      event_id bigint not null references outbox_event (id),
      status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      locked_until timestamptz,
      last_status int,
      last_error text,
      delivered_at timestamptz,
      unique (subscription_id, event_id)
    );`);
    this.addSql(`create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists webhook_delivery, outbox_event, webhook_subscription, api_token cascade;');
  }
}
