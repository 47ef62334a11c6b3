import { InteractionResolver, MerchantMaintenanceResolver, TaskResolver } from './maintenance.resolver.ts';

// Maintenance's GraphQL resolvers (interactions, cadence, tasks, KPIs, greeting campaigns), registered in graphql/schema.ts.
export const maintenanceResolvers = [InteractionResolver, TaskResolver, MerchantMaintenanceResolver] as const;
