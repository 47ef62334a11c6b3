import type { MigrationObject } from '@mikro-orm/core';
import type { SqlRows } from '../replicas.ts';

// Every migration, oldest first. Generated files are added here and never edited after they land.
export const migrationNames = [
  'Migration20261128140214_initial',
  'Migration20261128150000_settlement_tiers',
  'Migration20261128160000_loyalty',
  'Migration20261128170000_maintenance',
  'Migration20261128180000_service_desk',
  'Migration20261129090000_audit',
  'Migration20261129100000_personal_data',
  'Migration20261129110000_integrations',
  'Migration20261129120000_value',
  'Migration20261129130000_clv',
  'Migration20261129140000_period_rank',
  'Migration20261129150000_bulk_import',
  'Migration20261129160000_derived_keys',
  'Migration20261206120000_data_key',
  'Migration20261206200000_import_files',
  'Migration20261207090000_churn',
  'Migration20261207120000_import_error_codes',
  'Migration20261208090000_work_queue',
  'Migration20261208100000_users_admin',
  'Migration20261209090000_merchant_edits',
  'Migration20261209100000_tier_schemes',
  'Migration20261209110000_points_holidays',
  'Migration20261209120000_fault_clocks',
  'Migration20261210090000_points_post_when',
  'Migration20261211090000_snapshot_follow_up',
] as const;

/**
 * The migrations themselves, loaded when something is to be migrated: a start that finds every name
 * applied never loads them (nor @mikro-orm/migrations, which they extend).
 */
export async function loadMigrations(): Promise<MigrationObject[]> {
  return Promise.all(
    migrationNames.map(async (name) => ({ name, class: (await import(`./${name}.ts`))[name] })),
  );
}

/** True when the database has applied every migration (read from its table, without the migrator). */
export async function allMigrationsApplied(sql: SqlRows): Promise<boolean> {
  const [table] = await sql<{ ok: boolean }>("select to_regclass('mikro_orm_migrations') is not null as ok");
  if (!table?.ok) return false;
  const applied = new Set(
    (await sql<{ name: string }>('select name from mikro_orm_migrations')).map((r) => r.name),
  );
  return migrationNames.every((name) => applied.has(name));
}
