import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';

// Products, recommendations and acceptance figures are nodes. A product's key is its code; a
// recommendation's its merchant and product (computed afresh, as the list is); an acceptance
// figure's its range, branch and product, counted in the caller's scope.

@ObjectType('Product', {
  implements: NodeInterface,
  description: '增值产品（目录为数据）· A value-added product of the catalogue.',
})
export class ProductType extends NodeInterface {
  @Field(() => String, { description: '代码 · Code.' })
  code!: string;

  @Field(() => String, { description: '中文名称 · Chinese name.' })
  nameZh!: string;

  @Field(() => String, { description: '英文名称 · English name.' })
  nameEn!: string;

  @Field(() => String, { description: '推荐理由（中文）· Why it is offered, Chinese.' })
  reasonZh!: string;

  @Field(() => String, { description: '推荐理由（英文）· Why it is offered, English.' })
  reasonEn!: string;

  @Field(() => String, { description: '适用条件（JSON）· Eligibility rule as JSON.' })
  rule!: string;

  @Field(() => Int, { description: '再次推荐的冷却期（天）· Cool-down before it is offered again, days.' })
  cooldownDays!: number;

  @Field(() => Boolean, {
    description:
      '是否推荐（停用的不再推荐，已开通的不受影响）· Offered; a deactivated one is no longer recommended, holders keep it.',
  })
  active!: boolean;
}

@ObjectType('Recommendation', {
  implements: NodeInterface,
  description: '个性化推荐 · A product recommended to a merchant, with its reasons.',
})
export class RecommendationType extends NodeInterface {
  @Field(() => ProductType, { description: '产品 · The product.' })
  product!: ProductType;

  @Field(() => Float, {
    description: '得分 0..1（匹配度与同类采用率各半）· Score 0..1: half fit, half peer adoption.',
  })
  score!: number;

  @Field(() => Float, { description: '匹配度 0..1 · Fit to the profile, 0..1.' })
  fit!: number;

  @Field(() => Float, { description: '同类商户采用率 0..1 · Share of similar merchants holding it.' })
  peerAdoption!: number;

  @Field(() => [String], { description: '理由（中文）· Reasons in Chinese.' })
  reasonsZh!: string[];

  @Field(() => [String], { description: '理由（英文）· Reasons in English.' })
  reasonsEn!: string[];
}

@ObjectType('ProductOffer', { description: '一次产品推荐记录 · One offer of a product.' })
export class ProductOfferType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  @Field(() => String, { description: '产品代码 · Product code.' })
  product!: string;

  @Field(() => String, { description: '结果：offered、accepted、declined · Outcome.' })
  outcome!: string;

  @Field(() => String, { description: '日期 · Day offered.' })
  offeredOn!: string;

  @Field(() => String, { description: '经办人 · Staff member.' })
  staff!: string;
}

@ObjectType('ProductAcceptance', {
  implements: NodeInterface,
  description: '产品推荐采纳率 · Offers and acceptance of a product in a branch.',
})
export class ProductAcceptanceType extends NodeInterface {
  @Field(() => String, { description: '产品代码 · Product.' })
  product!: string;

  @Field(() => String, { description: '分公司 · Branch.' })
  branch!: string;

  @Field(() => Int, { description: '推荐次数 · Offers.' })
  offers!: number;

  @Field(() => Int, { description: '接受 · Accepted.' })
  accepted!: number;

  @Field(() => Int, { description: '拒绝 · Declined.' })
  declined!: number;

  @Field(() => Float, {
    nullable: true,
    description: '采纳率 0..1（已决定的）· Acceptance rate of decided offers.',
  })
  rate!: number | null;
}

@InputType('ProductInput', { description: '目录中的产品 · A catalogue product to add or change.' })
export class ProductInput {
  @Field(() => String, { description: '代码 · Code.' })
  code!: string;

  @Field(() => String, { description: '中文名称 · Chinese name.' })
  nameZh!: string;

  @Field(() => String, { description: '英文名称 · English name.' })
  nameEn!: string;

  @Field(() => String, { description: '推荐理由（中文）· Reason, Chinese.' })
  reasonZh!: string;

  @Field(() => String, { description: '推荐理由（英文）· Reason, English.' })
  reasonEn!: string;

  @Field(() => String, {
    description:
      '适用条件 JSON：categories、tiers、minMonthlyAmount、maxMonthlyAmount（元）、minTenureMonths、statuses、preferTiers · Eligibility rule as JSON.',
  })
  rule!: string;

  @Field(() => Int, { description: '冷却期（天）· Cool-down, days.' })
  cooldownDays!: number;

  @Field(() => Boolean, { defaultValue: true, description: '是否推荐 · Offered at all.' })
  active!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      '新增：代码已在目录中则拒绝，不覆盖 · Adding: refused when the code is already in the catalogue, never overwriting it.',
  })
  isNew!: boolean;
}

@ObjectType('RecommendationTask', {
  description: '产品推荐待办（重要客户与有潜力客户）· A product follow-up for a key or potential customer.',
})
export class RecommendationTaskType {
  @Field(() => MerchantType, { description: '商户 · The merchant.' })
  merchant!: Merchant;

  @Field(() => RecommendationType, { description: '最合适的推荐 · Its best recommendation.' })
  top!: RecommendationType;
}

export const ProductConnectionType = connectionType('Product', ProductType, ['增值产品', 'products']);
export const RecommendationConnectionType = connectionType('Recommendation', RecommendationType, [
  '推荐',
  'recommendations',
]);
export const ProductAcceptanceConnectionType = connectionType('ProductAcceptance', ProductAcceptanceType, [
  '产品采纳率',
  'acceptance figures',
]);
