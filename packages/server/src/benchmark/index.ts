import { MerchantBenchmarkResolver } from './benchmark.resolver.ts';

// The peer benchmark's GraphQL resolvers (Merchant.benchmark), registered in app/schema.ts.
export const benchmarkResolvers = [MerchantBenchmarkResolver] as const;
