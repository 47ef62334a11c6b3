import { Branch } from '../identity/branch.entity.ts';
import { Session } from '../identity/session.entity.ts';
import { AppUser } from '../identity/user.entity.ts';
import { Category, CategoryMccRange } from '../merchant/category.entity.ts';
import { Merchant, MerchantChange } from '../merchant/merchant.entity.ts';
import { ImportRun } from '../platform/import/import-run.entity.ts';

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
  /^holiday_/,
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
  /^churn_/,
  /^merchant_churn/,
  /^product/,
  /^merchant_product/,
  /^merchant_fee_plan/,
  /^customer_event/,
  /^event_invitation/,
  /^period_rank/,
  /^analytics_change/,
];
