import {
  ComplaintResolver,
  FaultTicketResolver,
  MerchantServiceDeskResolver,
} from './service-desk.resolver.ts';

// The service desk's GraphQL resolvers (complaints, SLA policies, terminals, fault tickets), registered in graphql/schema.ts.
export const serviceDeskResolvers = [
  ComplaintResolver,
  FaultTicketResolver,
  MerchantServiceDeskResolver,
] as const;
