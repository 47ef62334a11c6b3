// The service desk's GraphQL resolvers (complaints, terminals, fault tickets), registered in graphql/schema.ts.
export const serviceDeskResolvers = [] as const;
