import { Session } from '../modules/auth/session.entity.ts';
import { AppUser } from '../modules/auth/user.entity.ts';
import { Branch } from '../modules/branch/branch.entity.ts';
import { ImportRun } from '../modules/common/import-run.entity.ts';
import { Category, CategoryMccRange } from '../modules/merchant/category.entity.ts';
import { Merchant, MerchantChange } from '../modules/merchant/merchant.entity.ts';

export const entities = [
  Branch,
  AppUser,
  Session,
  Category,
  CategoryMccRange,
  Merchant,
  MerchantChange,
  ImportRun,
];

// Tables the migrations create by hand (partitioned, or maintained by set-based SQL only);
// the schema diff must leave them alone.
export const sqlOnlyTables = [
  /^settlement/,
  /^tier_/,
  /^points_/,
  /^cs_/,
  /^interaction/,
  /^cadence_/,
  /^merchant_cadence/,
  /^maintenance_/,
  /^greeting_/,
  /^sla_/,
  /^complaint/,
  /^terminal/,
  /^fault_/,
  /^audit_/,
  /^api_token/,
  /^webhook_/,
  /^outbox_/,
  /^clv_/,
  /^merchant_clv/,
  /^product/,
  /^merchant_product/,
  /^customer_event/,
  /^event_invitation/,
  /^period_rank/,
  /^analytics_change/,
];
