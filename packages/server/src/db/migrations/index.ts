import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128140214_initial } from './Migration20261128140214_initial.ts';
import { Migration20261128150000_settlement_tiers } from './Migration20261128150000_settlement_tiers.ts';
import { Migration20261128160000_loyalty } from './Migration20261128160000_loyalty.ts';
import { Migration20261128170000_maintenance } from './Migration20261128170000_maintenance.ts';
import { Migration20261128180000_service_desk } from './Migration20261128180000_service_desk.ts';
import { Migration20261129090000_audit } from './Migration20261129090000_audit.ts';
import { Migration20261129100000_personal_data } from './Migration20261129100000_personal_data.ts';
import { Migration20261129110000_integrations } from './Migration20261129110000_integrations.ts';
import { Migration20261129120000_value } from './Migration20261129120000_value.ts';
import { Migration20261129130000_clv } from './Migration20261129130000_clv.ts';
import { Migration20261129140000_period_rank } from './Migration20261129140000_period_rank.ts';
import { Migration20261129150000_bulk_import } from './Migration20261129150000_bulk_import.ts';

// Every migration, oldest first. Generated files are added here and never edited after they land.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128140214_initial', class: Migration20261128140214_initial },
  { name: 'Migration20261128150000_settlement_tiers', class: Migration20261128150000_settlement_tiers },
  { name: 'Migration20261128160000_loyalty', class: Migration20261128160000_loyalty },
  { name: 'Migration20261128170000_maintenance', class: Migration20261128170000_maintenance },
  { name: 'Migration20261128180000_service_desk', class: Migration20261128180000_service_desk },
  { name: 'Migration20261129090000_audit', class: Migration20261129090000_audit },
  { name: 'Migration20261129100000_personal_data', class: Migration20261129100000_personal_data },
  { name: 'Migration20261129110000_integrations', class: Migration20261129110000_integrations },
  { name: 'Migration20261129120000_value', class: Migration20261129120000_value },
  { name: 'Migration20261129130000_clv', class: Migration20261129130000_clv },
  { name: 'Migration20261129140000_period_rank', class: Migration20261129140000_period_rank },
  { name: 'Migration20261129150000_bulk_import', class: Migration20261129150000_bulk_import },
];
