import { InteractionResolver, MerchantInteractionResolver } from './interaction.resolver.ts';
import { MerchantLastContactResolver } from './last-contact.ts';

// Interactions' GraphQL resolvers (the contact record, Merchant.interactions, Merchant.timeline), registered in app/schema.ts.
export const interactionResolvers = [
  InteractionResolver,
  MerchantInteractionResolver,
  MerchantLastContactResolver,
] as const;
