import { Migration } from '@mikro-orm/migrations';

// Hand-written: complaints and feedback with SLA clocks, POS terminals and their fault tickets
// (docs/domain.md §4). Every status change is an event row; the ticket row holds the current state.
export class Migration20261128180000_service_desk extends Migration {
  override async up(): Promise<void> {
    // SLA clocks in hours, configurable by administrators (ours: 24 h first response, 72 h resolution).
    this.addSql(`create table sla_policy (
      kind text primary key check (kind in ('complaint', 'feedback', 'fault')),
      response_hours int not null check (response_hours between 1 and 720),
      resolution_hours int not null check (resolution_hours between 1 and 2160),
      updated_at timestamptz not null default now(),
      updated_by text not null default 'default'
    );`);
    this.addSql(`insert into sla_policy (kind, response_hours, resolution_hours) values
      ('complaint', 24, 72), ('feedback', 24, 72), ('fault', 4, 24);`);

    this.addSql(`create table complaint (
      id bigserial primary key,
      merchant_id int not null references merchant (id),
      kind text not null check (kind in ('complaint', 'feedback')),
      channel text not null check (channel in ('phone', 'visit', 'wechat', 'email', 'letter', 'hotline', 'other')),
      category text not null check (category in ('settlement_delay', 'terminal_fault', 'fee_dispute', 'service_attitude', 'other')),
      summary text not null,
      status text not null default 'open' check (status in ('open', 'in_progress', 'resolved', 'closed')),
      received_at timestamptz not null,
      opened_by text not null,
      assignee_id int references app_user (id),
      response_due_at timestamptz not null,
      resolution_due_at timestamptz not null,
      first_response_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      resolution text,
      satisfaction int check (satisfaction between 1 and 5),
      escalation_level int not null default 0,
      escalated_at timestamptz,
      check (status <> 'closed' or satisfaction is not null or closed_at is not null)
    );`);
    this.addSql('create index complaint_merchant_idx on complaint (merchant_id, received_at desc);');
    this.addSql('create index complaint_status_idx on complaint (status, response_due_at);');
    this.addSql(`create table complaint_event (
      id bigserial primary key,
      complaint_id bigint not null references complaint (id),
      at timestamptz not null default now(),
      actor text not null,
      action text not null,
      from_status text,
      to_status text,
      note text
    );`);
    this.addSql('create index complaint_event_idx on complaint_event (complaint_id, id);');

    this.addSql(`create table terminal (
      id serial primary key,
      merchant_id int not null references merchant (id),
      tid char(8) not null unique,
      model text not null,
      serial_no text not null,
      installed_on date not null,
      status text not null default 'active' check (status in ('active', 'faulty', 'removed'))
    );`);
    this.addSql('create index terminal_merchant_idx on terminal (merchant_id);');

    this.addSql(`create table fault_ticket (
      id bigserial primary key,
      terminal_id int not null references terminal (id),
      merchant_id int not null references merchant (id),
      description text not null,
      status text not null default 'open' check (status in ('open', 'assigned', 'on_site', 'fixed', 'closed')),
      reported_at timestamptz not null,
      opened_by text not null,
      assignee_id int references app_user (id),
      assigned_at timestamptz,
      on_site_at timestamptz,
      fixed_at timestamptz,
      closed_at timestamptz,
      resolution text
    );`);
    this.addSql('create index fault_ticket_merchant_idx on fault_ticket (merchant_id, reported_at desc);');
    this.addSql('create index fault_ticket_status_idx on fault_ticket (status, reported_at);');
    this.addSql(`create table fault_event (
      id bigserial primary key,
      ticket_id bigint not null references fault_ticket (id),
      at timestamptz not null default now(),
      actor text not null,
      from_status text,
      to_status text not null,
      note text
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table if exists fault_event, fault_ticket, terminal, complaint_event, complaint, sla_policy cascade;',
    );
  }
}
