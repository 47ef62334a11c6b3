import { MerchantProductResolver, ProductResolver } from './product.resolver.ts';

// The product catalogue's GraphQL resolvers (catalogue, offers, acceptance, recommendations), registered in app/schema.ts.
export const productResolvers = [ProductResolver, MerchantProductResolver] as const;
