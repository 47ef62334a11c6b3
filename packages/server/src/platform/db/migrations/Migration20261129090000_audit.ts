import { Migration } from '@mikro-orm/migrations';

// Hand-written: the audit trail (PIPL, JR/T 0171-2020): who did what to which record, when, from
// where, with what outcome. Append-only — a trigger refuses updates and deletes.
export class Migration20261129090000_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor text,
      role text,
      action text not null,
      target text,
      outcome text not null check (outcome in ('ok', 'denied', 'error')),
      ip text,
      request_id text,
      detail jsonb
    );`);
    this.addSql('create index audit_log_at_idx on audit_log (at desc);');
    this.addSql('create index audit_log_action_idx on audit_log (action, target, at desc);');
    this.addSql('create index audit_log_ip_idx on audit_log (ip, at desc) where action = \'login\';');
    this.addSql(`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$;`);
    this.addSql(`create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists audit_log cascade;');
    this.addSql('drop function if exists audit_log_append_only();');
  }
}
