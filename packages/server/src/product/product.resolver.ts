import { isValidDate } from '@cornerstone/shared/period/period';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { catalogue, heldBy, saveProduct } from './catalogue.service.ts';
import { acceptance, recordOffer } from './offer.service.ts';
import {
  ProductAcceptanceType,
  ProductInput,
  ProductOfferType,
  ProductType,
  RecommendationTaskType,
  RecommendationType,
} from './product.types.ts';
import {
  recommendationWork as listRecommendationWork,
  recommendationsFor,
} from './recommendation.service.ts';

const toProduct = (p: Awaited<ReturnType<typeof catalogue>>[number]): ProductType => ({
  ...p,
  rule: JSON.stringify(p.rule),
});

@Resolver()
export class ProductResolver {
  @Authorized()
  @Query(() => [RecommendationTaskType], {
    description:
      '我的产品推荐待办：90 天内未推荐过的重要/潜力客户 · Key and potential customers with nothing offered in 90 days, best first.',
  })
  async recommendationWork(
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..50 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<RecommendationTaskType[]> {
    if (!Number.isInteger(first) || first < 1 || first > 50)
      throw new AppError('BAD_USER_INPUT', 'first: between 1 and 50', { field: 'first' });
    const rows = await listRecommendationWork(ctx.em, ctx.user!, first, (id) =>
      loadMerchantById(ctx.em, ctx.loaders, id),
    );
    return rows.map((r) => ({ merchant: r.merchant, top: { ...r.top, product: toProduct(r.top.product) } }));
  }

  @Authorized()
  @Query(() => [ProductType], { description: '增值产品目录 · The product catalogue.' })
  async products(@Ctx() ctx: Context) {
    return (await catalogue(ctx.em)).map(toProduct);
  }

  @Authorized()
  @Query(() => [ProductAcceptanceType], {
    description: '产品推荐采纳率 · Acceptance of offers by product and branch.',
  })
  productAcceptance(
    @Arg('from', () => String, { description: '起始日 · From, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: '截止日 · To, YYYY-MM-DD.' }) to: string,
    @Ctx() ctx: Context,
  ) {
    if (!isValidDate(from) || !isValidDate(to))
      throw new AppError('BAD_USER_INPUT', 'from, to: dates YYYY-MM-DD', {
        field: isValidDate(from) ? 'to' : 'from',
      });
    return acceptance(ctx.em, ctx.user!, from, to);
  }

  @Authorized('admin')
  @Mutation(() => ProductType, {
    description: '新增或修改目录产品（管理员）· Add or change a catalogue product.',
  })
  async saveProduct(
    @Arg('input', () => ProductInput, { description: '产品 · The product.' }) input: ProductInput,
    @Ctx() ctx: Context,
  ) {
    return toProduct(await saveProduct(ctx.em, input));
  }

  @Authorized('admin', 'branch_manager', 'account_manager')
  @Mutation(() => ProductOfferType, {
    description: '记录产品推荐及结果（接受即开通）· Record an offer and its outcome; accepted means held.',
  })
  recordProductOffer(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('product', () => String, { description: '产品代码 · Product code.' }) product: string,
    @Arg('outcome', () => String, { description: '结果：offered、accepted、declined · Outcome.' })
    outcome: string,
    @Arg('note', () => String, { nullable: true, description: '备注 · Note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return recordOffer(ctx.em, ctx.user!, { mid, product, outcome, note });
  }
}

@Resolver(() => MerchantType)
export class MerchantProductResolver {
  @FieldResolver(() => [RecommendationType], {
    description: '个性化推荐，最合适的在前 · Recommended products, best first, with reasons.',
  })
  async recommendations(@Root() m: Merchant, @Ctx() ctx: Context): Promise<RecommendationType[]> {
    return (await recommendationsFor(ctx.em, m)).map((r) => ({ ...r, product: toProduct(r.product) }));
  }

  @FieldResolver(() => [String], { description: '已开通的产品代码 · Codes of the products it holds.' })
  async products(@Root() m: Merchant, @Ctx() ctx: Context): Promise<string[]> {
    return [...(await heldBy(ctx.em, m.id))].sort();
  }
}
