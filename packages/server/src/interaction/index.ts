import { InteractionResolver, MerchantInteractionResolver } from './interaction.resolver.ts';

// Interactions' GraphQL resolvers (the contact record, Merchant.interactions, Merchant.timeline), registered in app/schema.ts.
export const interactionResolvers = [InteractionResolver, MerchantInteractionResolver] as const;
