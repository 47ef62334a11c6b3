import { ComplaintResolver } from './complaint.resolver.ts';
import { FaultTicketResolver } from './fault-ticket.resolver.ts';
import { SlaPolicyResolver } from './sla.resolver.ts';
import { MerchantServiceDeskResolver, TerminalResolver } from './terminal.resolver.ts';

// The service desk's GraphQL resolvers (complaints, SLA policies, terminals, fault tickets), registered in app/schema.ts.
export const serviceDeskResolvers = [
  ComplaintResolver,
  SlaPolicyResolver,
  FaultTicketResolver,
  TerminalResolver,
  MerchantServiceDeskResolver,
] as const;
