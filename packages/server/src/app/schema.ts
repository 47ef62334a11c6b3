import type { Permission } from '@cornerstone/shared/roles/permissions';
// type-graphql reads the decorators' design types: the polyfill loads before any resolver.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { type AuthChecker, buildSchema } from 'type-graphql';
import { benchmarkResolvers } from '../benchmark/index.ts';
import { HolidayCalendarResolver } from '../calendar/holiday-calendar.resolver.ts';
import { ChurnResolver, MerchantChurnResolver } from '../clv/churn.resolver.ts';
import { ClvResolver, MerchantClvResolver } from '../clv/clv.resolver.ts';
import { eventResolvers } from '../event/index.ts';
import { AuditResolver } from '../identity/audit/audit.resolver.ts';
import { AuthResolver } from '../identity/auth.resolver.ts';
import { BranchResolver } from '../identity/branch.resolver.ts';
import type { Context } from '../identity/context.ts';
import { requirePermission } from '../identity/guard.ts';
import { UserLastSignInResolver, UsersResolver } from '../identity/users.resolver.ts';
import {
  DataImportErrorsResolver,
  ImportResolver,
  ImportRunErrorsResolver,
} from '../imports/import.resolver.ts';
import { interactionResolvers } from '../interaction/index.ts';
import { LoyaltyResolver, PointsAccountResolver } from '../loyalty/loyalty.resolver.ts';
import { PointsRulesResolver } from '../loyalty/points-rules.resolver.ts';
import { MerchantResolver } from '../merchant/merchant.resolver.ts';
import { PortfolioMoveResolver } from '../merchant/portfolio-move.resolver.ts';
import { RevealContactResolver } from '../merchant/reveal-contact.resolver.ts';
import { productResolvers } from '../product/index.ts';
import { serviceDeskResolvers } from '../service-desk/index.ts';
import { SettlementResolver } from '../settlement/settlement.resolver.ts';
import { taskResolvers } from '../task/index.ts';
import { AnalyticsResolver } from '../tier/analytics.resolver.ts';
import { TierResolver } from '../tier/tier.resolver.ts';
import { TierListsResolver } from '../tier/tier-lists.resolver.ts';
import { TierSchemeResolver } from '../tier/tier-scheme.resolver.ts';
import { IntegrationsResolver } from '../webhooks/webhooks.resolver.ts';
import { NodeResolver } from './node.resolver.ts';

// @Authorized() needs a signed-in user; @Allowed('permission') (identity/guard.ts) also a role that
// has it in the shared permission table, else the refusal names the permission.
const authChecker: AuthChecker<Context> = ({ context }, permissions) => {
  if (!context.user) return false;
  for (const p of permissions) requirePermission(context.user, p as Permission);
  return true;
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      AuthResolver,
      AuditResolver,
      IntegrationsResolver,
      BranchResolver,
      UsersResolver,
      UserLastSignInResolver,
      MerchantResolver,
      RevealContactResolver,
      PortfolioMoveResolver,
      SettlementResolver,
      TierResolver,
      TierListsResolver,
      TierSchemeResolver,
      AnalyticsResolver,
      ...productResolvers,
      ...benchmarkResolvers,
      ...eventResolvers,
      ClvResolver,
      MerchantClvResolver,
      ChurnResolver,
      MerchantChurnResolver,
      ImportResolver,
      ImportRunErrorsResolver,
      DataImportErrorsResolver,
      LoyaltyResolver,
      PointsAccountResolver,
      PointsRulesResolver,
      HolidayCalendarResolver,
      ...interactionResolvers,
      ...taskResolvers,
      ...serviceDeskResolvers,
    ],
    authChecker,
    authMode: 'error',
    validate: false,
  });
  // type-graphql has no option for the root types' descriptions.
  const query = schema.getQueryType();
  if (query)
    query.description =
      '查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      '变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points.';
  return schema;
}
