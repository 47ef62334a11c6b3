// Maintenance's GraphQL resolvers (interactions, cadence, tasks, KPIs, greeting campaigns), registered in graphql/schema.ts.
export const maintenanceResolvers = [] as const;
