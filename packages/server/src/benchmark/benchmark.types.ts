import type { BenchmarkResult } from '@cornerstone/shared/value/benchmark';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('BenchmarkMetric', { description: '同业对标的一项 · One metric against the peers.' })
export class BenchmarkMetricType {
  @Field(() => String, {
    description:
      '指标：amount 交易额（元）、ticket 笔均（元）、growth 增长率、feeRate 费率 · amount (yuan), ticket (yuan), growth (share), feeRate (share).',
  })
  metric!: string;

  @Field(() => Float, { nullable: true, description: '本商户的值 · The merchant’s value.' })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '百分位 0..1：不高于本商户的同业占比 · Share of peers at or below the merchant.',
  })
  percentile!: number | null;

  @Field(() => Float, { nullable: true, description: '同业中位数 · Peers’ median.' })
  peerMedian!: number | null;
}

@ObjectType('Benchmark', {
  description: '商户行业信息：同类同分公司对标 · Peer benchmark: same category and branch.',
})
export class BenchmarkType {
  @Field(() => String, { description: '期间 · Period.' })
  period!: string;

  @Field(() => Int, { description: '同业商户数（不含本户）· Number of peers, the merchant left out.' })
  peers!: number;

  @Field(() => [BenchmarkMetricType], { description: '各项指标 · The metrics.' })
  metrics!: BenchmarkResult[];

  @Field(() => Float, {
    nullable: true,
    description: '本类别全公司平均费率 · The category’s fee rate across the company.',
  })
  categoryFeeRate!: number | null;
}
