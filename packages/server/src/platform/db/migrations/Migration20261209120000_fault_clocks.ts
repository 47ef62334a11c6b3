import { Migration } from '@mikro-orm/migrations';

// Hand-written: a fault ticket keeps the clocks in force when it was reported, as a complaint does
// (issue 24: an SLA change applies to new cases). The deadlines are stored on the ticket; existing
// tickets get them from today's policy, and every new row from the policy of its insert (a trigger,
// so the service, the demo and fixtures that insert tickets cannot leave them out).
export class Migration20261209120000_fault_clocks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table fault_ticket add column response_due_at timestamptz, add column repair_due_at timestamptz;',
    );
    this.addSql(`update fault_ticket f set
        response_due_at = f.reported_at + make_interval(hours => p.response_hours),
        repair_due_at = f.reported_at + make_interval(hours => p.resolution_hours)
      from sla_policy p where p.kind = 'fault';`);
    this.addSql(`create function fault_ticket_clocks() returns trigger language plpgsql as $$
      begin
        if new.response_due_at is null or new.repair_due_at is null then
          select coalesce(new.response_due_at, new.reported_at + make_interval(hours => p.response_hours)),
                 coalesce(new.repair_due_at, new.reported_at + make_interval(hours => p.resolution_hours))
            into new.response_due_at, new.repair_due_at
            from sla_policy p where p.kind = 'fault';
        end if;
        return new;
      end $$;`);
    this.addSql(
      'create trigger fault_ticket_clocks before insert on fault_ticket for each row execute function fault_ticket_clocks();',
    );
    this.addSql(
      'alter table fault_ticket alter column response_due_at set not null, alter column repair_due_at set not null;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists fault_ticket_clocks on fault_ticket;');
    this.addSql('drop function if exists fault_ticket_clocks();');
    this.addSql('alter table fault_ticket drop column response_due_at, drop column repair_due_at;');
  }
}
