import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { merchantBenchmark } from './benchmark.service.ts';
import { BenchmarkType } from './benchmark.types.ts';

@Resolver(() => MerchantType)
export class MerchantBenchmarkResolver {
  @FieldResolver(() => BenchmarkType, {
    description: '同业对标（同类别、同分公司）· Peer benchmark in the same category and branch.',
  })
  benchmark(
    @Root() m: Merchant,
    @Arg('period', () => String, { description: '期间 · Period.' }) period: string,
    @Ctx() ctx: Context,
  ) {
    return merchantBenchmark(ctx.em, m, parsePeriodArg(period));
  }
}
