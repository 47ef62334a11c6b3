import { CustomerEventResolver, EventInvitationResolver } from './event.resolver.ts';

// Customer events' GraphQL resolvers (events, invitations, replies, attendance), registered in app/schema.ts.
export const eventResolvers = [CustomerEventResolver, EventInvitationResolver] as const;
