import type { GraphQLSchema } from 'graphql';
import { type AuthChecker, buildSchema } from 'type-graphql';
import type { Context } from '../context.ts';
import { AuthResolver } from '../modules/auth/auth.resolver.ts';
import { BranchResolver } from '../modules/branch/branch.resolver.ts';
import { ImportResolver } from '../modules/common/import.resolver.ts';
import { LoyaltyResolver, PointsAccountResolver } from '../modules/loyalty/loyalty.resolver.ts';
import { MerchantResolver } from '../modules/merchant/merchant.resolver.ts';
import { SettlementResolver } from '../modules/settlement/settlement.resolver.ts';
import { TierResolver } from '../modules/tier/tier.resolver.ts';
import { TierListsResolver } from '../modules/tier/tier-lists.resolver.ts';

// @Authorized() needs a signed-in user; @Authorized('admin', …) also one of those roles.
const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) return false;
  return roles.length === 0 || roles.includes(context.user.role);
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      BranchResolver,
      MerchantResolver,
      SettlementResolver,
      TierResolver,
      TierListsResolver,
      ImportResolver,
      LoyaltyResolver,
      PointsAccountResolver,
    ],
    authChecker,
    authMode: 'error',
    validate: false,
  });
}
