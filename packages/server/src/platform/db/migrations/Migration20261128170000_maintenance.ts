import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_CADENCE } from '@cornerstone/shared/maintenance/maintenance';

const kinds = (ks: readonly string[]) => ks.map((k) => `'${k}'`).join(', ');

// Hand-written: maintenance (docs/domain.md §4) — interactions (append-only; corrected by a superseding
// entry), the cadence policy as data, materialised tasks that are never duplicated (a unique key per
// open cadence task, per follow-up and per greeting), and greeting campaigns.
export class Migration20261128170000_maintenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table interaction (
      id bigserial primary key,
      merchant_id int not null references merchant (id),
      kind text not null check (kind in ('visit', 'call', 'sms', 'email', 'wechat', 'greeting', 'training',
        'fault_handling', 'complaint', 'feedback', 'survey')),
      occurred_at timestamptz not null,
      staff_id int not null references app_user (id),
      outcome text not null check (outcome in ('reached', 'issue_found', 'unreachable', 'rescheduled')),
      notes text,
      next_follow_up date,
      supersedes_id bigint unique references interaction (id),
      recorded_by text not null,
      recorded_at timestamptz not null default now(),
      check (supersedes_id is null or supersedes_id < id)
    );`);
    this.addSql('create index interaction_merchant_idx on interaction (merchant_id, occurred_at desc);');
    this.addSql('create index interaction_time_idx on interaction (occurred_at);');
    this.addSql(`create function cs_interaction_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'interactions are corrected by a new entry that supersedes, not edited' using errcode = '55000';
      end $$;`);
    this.addSql(
      'create trigger interaction_immutable before update or delete on interaction for each row execute function cs_interaction_immutable();',
    );
    // A correction belongs to the same merchant as what it corrects.
    this.addSql(`create function cs_interaction_supersedes() returns trigger language plpgsql as $$
      begin
        if new.supersedes_id is not null and not exists (
          select 1 from interaction where id = new.supersedes_id and merchant_id = new.merchant_id) then
          raise exception 'interaction % corrects one of another merchant', new.supersedes_id using errcode = '23514';
        end if;
        return new;
      end $$;`);
    this.addSql(
      'create trigger interaction_supersedes before insert on interaction for each row execute function cs_interaction_supersedes();',
    );
    // Effective interactions: those no later entry supersedes.
    this.addSql(`create view interaction_effective as
      select i.* from interaction i where not exists (select 1 from interaction c where c.supersedes_id = i.id);`);

    this.addSql(`create table cadence_rule (
      tier text not null references tier_level (tier),
      channel text not null check (channel in ('visit', 'call', 'message')),
      every_days int not null check (every_days between 1 and 730),
      satisfied_by text[] not null check (cardinality(satisfied_by) > 0),
      updated_at timestamptz not null default now(),
      updated_by text not null default 'default',
      primary key (tier, channel)
    );`);
    for (const r of DEFAULT_CADENCE)
      this.addSql(
        `insert into cadence_rule (tier, channel, every_days, satisfied_by) values ('${r.tier}', '${r.channel}', ${r.everyDays}, array[${kinds(r.satisfiedBy)}]);`,
      );
    // Every change of the policy, kept: who changed it, when, from what to what.
    this.addSql(`create table cadence_policy_change (
      id bigserial primary key,
      changed_at timestamptz not null default now(),
      changed_by text not null,
      rules jsonb not null
    );`);

    // The tier each merchant's cadence follows: the latest official snapshot, one step up with potential.
    this.addSql(`create table merchant_cadence (
      merchant_id int primary key references merchant (id),
      period text not null,
      tier text not null,
      potential boolean not null,
      cadence_tier text not null
    );`);

    this.addSql(`create table greeting_campaign (
      id serial primary key,
      holiday text not null check (holiday in ('spring_festival', 'lantern', 'dragon_boat', 'mid_autumn', 'national_day')),
      year int not null check (year between 2000 and 2100),
      name text not null,
      template text not null,
      segment jsonb not null,
      send_on date not null,
      created_by text not null,
      created_at timestamptz not null default now()
    );`);

    this.addSql(`create table maintenance_task (
      id bigserial primary key,
      merchant_id int not null references merchant (id),
      kind text not null check (kind in ('cadence', 'follow_up', 'greeting', 'reverify')),
      channel text not null,
      due_on date not null,
      status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
      -- Unique while it means something: an open cadence or re-verification task per merchant and
      -- channel (cleared when closed), a follow-up per interaction and a greeting per holiday, year
      -- and merchant (kept for ever).
      dedupe_key text unique,
      basis_on date,
      every_days int,
      tier text,
      campaign_id int references greeting_campaign (id),
      source_interaction_id bigint references interaction (id),
      message text,
      created_at timestamptz not null default now(),
      closed_at timestamptz,
      done_by_interaction_id bigint references interaction (id),
      close_reason text,
      check ((status = 'open') = (closed_at is null)),
      check (status = 'open' or kind in ('follow_up', 'greeting') or dedupe_key is null)
    );`);
    this.addSql('create index maintenance_task_merchant_idx on maintenance_task (merchant_id, status);');
    this.addSql('create index maintenance_task_due_idx on maintenance_task (status, due_on);');
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table if exists maintenance_task, greeting_campaign, merchant_cadence, cadence_policy_change, cadence_rule cascade;',
    );
    this.addSql('drop view if exists interaction_effective;');
    this.addSql('drop table if exists interaction cascade;');
    this.addSql('drop function if exists cs_interaction_immutable(), cs_interaction_supersedes();');
  }
}
