import { Field, InputType } from 'type-graphql';
import { TierCode } from './merchant.types.ts';

@InputType('MerchantFilter', {
  description: '商户筛选条件，各条件同时满足 · Merchant filter; all given conditions must hold.',
})
export class MerchantFilter {
  @Field(() => String, { nullable: true, description: '分公司名称 · Branch name.' })
  branch?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '商户类型：一般类/批发类/餐娱类/车房类/民生类 或 general/wholesale/dining/auto_realty/livelihood · Category.',
  })
  category?: string | null;

  @Field(() => TierCode, {
    nullable: true,
    description: '客户分级（需同时给出 period）· Tier in the snapshot of `period`.',
  })
  tier?: TierCode | null;

  @Field(() => String, {
    nullable: true,
    description: '分级所依据的期间，如 2026-10 · Period of the tier snapshot, e.g. 2026-10.',
  })
  period?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '客户经理登录名 · Login of the owning account manager.',
  })
  manager?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '商户状态 · Status (onboarding, active, dormant, churned, terminated).',
  })
  status?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '费率方案：rate 或 capped · Fee plan kind: rate or capped.',
  })
  feePlan?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '按商户号或名称搜索（支持中文）· Text search over MID and name (Chinese included).',
  })
  search?: string | null;
}
