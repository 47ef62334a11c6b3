import type { GraphQLSchema } from 'graphql';
import { type AuthChecker, buildSchema } from 'type-graphql';
import type { Context } from '../context.ts';
import { AuditResolver } from '../modules/audit/audit.resolver.ts';
import { AuthResolver } from '../modules/auth/auth.resolver.ts';
import { BranchResolver } from '../modules/branch/branch.resolver.ts';
import { ClvResolver, MerchantClvResolver } from '../modules/clv/clv.resolver.ts';
import { ImportResolver } from '../modules/common/import.resolver.ts';
import { IntegrationsResolver } from '../modules/integrations/integrations.resolver.ts';
import { LoyaltyResolver, PointsAccountResolver } from '../modules/loyalty/loyalty.resolver.ts';
import { maintenanceResolvers } from '../modules/maintenance/index.ts';
import { MerchantResolver } from '../modules/merchant/merchant.resolver.ts';
import { serviceDeskResolvers } from '../modules/service-desk/index.ts';
import { SettlementResolver } from '../modules/settlement/settlement.resolver.ts';
import { AnalyticsResolver } from '../modules/tier/analytics.resolver.ts';
import { TierResolver } from '../modules/tier/tier.resolver.ts';
import { TierListsResolver } from '../modules/tier/tier-lists.resolver.ts';
import {
  CustomerEventResolver,
  MerchantValueResolver,
  ValueResolver,
} from '../modules/value/value.resolver.ts';

// @Authorized() needs a signed-in user; @Authorized('admin', …) also one of those roles.
const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) return false;
  return roles.length === 0 || roles.includes(context.user.role);
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      AuthResolver,
      AuditResolver,
      IntegrationsResolver,
      BranchResolver,
      MerchantResolver,
      SettlementResolver,
      TierResolver,
      TierListsResolver,
      AnalyticsResolver,
      ValueResolver,
      CustomerEventResolver,
      ClvResolver,
      MerchantClvResolver,
      MerchantValueResolver,
      ImportResolver,
      LoyaltyResolver,
      PointsAccountResolver,
      ...maintenanceResolvers,
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
