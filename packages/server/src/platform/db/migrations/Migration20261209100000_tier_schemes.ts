import { Migration } from '@mikro-orm/migrations';

// Hand-written: the tier scheme as versioned data. Each version says how the four tiers are cut —
// by cumulative share of the ranking (SHARE) or by a minimum of a measure over the period
// (THRESHOLD) — with its own level names, and the first month it applies to; the scheme of a period
// is the latest version in force at the period's end. tier_level stays the list of the four tier
// codes in order (maintenance cadence and tasks refer to it); the seed's shares become the first
// version, in force from the beginning (effective_from null).
export class Migration20261209100000_tier_schemes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table tier_scheme (
      id serial primary key,
      kind text not null check (kind in ('SHARE', 'THRESHOLD')),
      measure text null check (measure in ('PROFIT', 'TXN_AMOUNT')),
      levels jsonb not null check (jsonb_typeof(levels) = 'array' and jsonb_array_length(levels) = 4),
      effective_from text null check (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      created_by text not null,
      created_at timestamptz not null default now(),
      check ((kind = 'THRESHOLD') = (measure is not null))
    );`);
    this.addSql('create index tier_scheme_effective_idx on tier_scheme (effective_from, id);');
    this.addSql(`insert into tier_scheme (kind, levels, effective_from, created_by)
      select 'SHARE', jsonb_agg(jsonb_build_object('tier', tier, 'zh', name_zh, 'en', name_en,
                                                   'cumulativeBp', cumulative_bp) order by position),
             null, 'system'
      from tier_level;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists tier_scheme;');
  }
}
