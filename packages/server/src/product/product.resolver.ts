import { isValidDate } from '@cornerstone/shared/period/period';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { checkSize, mapNodes, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { pageOfRows } from '../platform/graphql/page-of.ts';
import { catalogue, cataloguePage, heldBy, saveProduct } from './catalogue.service.ts';
import { acceptance, recordOffer } from './offer.service.ts';
import { toAcceptance, toProduct, toRecommendation } from './product.nodes.ts';
import {
  ProductAcceptanceConnectionType,
  ProductAcceptanceType,
  ProductConnectionType,
  ProductInput,
  ProductOfferType,
  ProductType,
  RecommendationConnectionType,
  RecommendationTaskType,
  RecommendationType,
} from './product.types.ts';
import {
  recommendationWork as listRecommendationWork,
  recommendationsFor,
} from './recommendation.service.ts';

/** The acceptance range's days, checked as the plain list always did. */
function checkAcceptanceRange(from: string, to: string) {
  if (!isValidDate(from) || !isValidDate(to))
    throw new AppError('BAD_USER_INPUT', 'from, to: dates YYYY-MM-DD', {
      field: isValidDate(from) ? 'to' : 'from',
    });
}

const FROM = { description: '起始日 · From, YYYY-MM-DD.' } as const;
const TO = { description: '截止日 · To, YYYY-MM-DD.' } as const;

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
    checkSize('first', first, 50);
    const rows = await listRecommendationWork(ctx.em, ctx.user!, first, (id) =>
      loadMerchantById(ctx.em, ctx.loaders, id),
    );
    return rows.map((r) => ({ merchant: r.merchant, top: toRecommendation(r.merchant.mid, r.top) }));
  }

  @Authorized()
  @Query(() => [ProductType], {
    description: '增值产品目录 · The product catalogue.',
    deprecationReason:
      'Use productsConnection, which pages both ways and counts; products answers the whole catalogue at once.',
  })
  async products(@Ctx() ctx: Context) {
    return (await catalogue(ctx.em)).map(toProduct);
  }

  @Authorized()
  @Query(() => ProductConnectionType, {
    description: '增值产品目录（分页，按目录顺序）· The product catalogue, a page at a time, in its order.',
  })
  async productsConnection(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeInactive', () => Boolean, {
      defaultValue: false,
      description:
        '含已停用的产品（目录维护用）· Include deactivated products, as the catalogue settings do.',
    })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ) {
    const all = includeInactive ?? false;
    return mapNodes(await cataloguePage(ctx.em, pageRequest(page, 'products'), all), toProduct);
  }

  @Authorized()
  @Query(() => [ProductAcceptanceType], {
    description: '产品推荐采纳率 · Acceptance of offers by product and branch.',
    deprecationReason:
      'Use productAcceptanceConnection, which pages both ways and counts; productAcceptance answers every product and branch at once.',
  })
  async productAcceptance(
    @Arg('from', () => String, FROM) from: string,
    @Arg('to', () => String, TO) to: string,
    @Ctx() ctx: Context,
  ) {
    checkAcceptanceRange(from, to);
    return (await acceptance(ctx.em, ctx.user!, from, to)).map((r) => toAcceptance(from, to, r));
  }

  @Authorized()
  @Query(() => ProductAcceptanceConnectionType, {
    description:
      '产品推荐采纳率（分页，按产品与分公司）· Acceptance of offers by product and branch, a page at a time.',
  })
  async productAcceptanceConnection(
    @Arg('from', () => String, FROM) from: string,
    @Arg('to', () => String, TO) to: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    checkAcceptanceRange(from, to);
    const req = pageRequest(page, 'productAcceptance');
    // One row per product and branch, all aggregated in one statement anyway: paged in memory.
    const rows = await acceptance(ctx.em, ctx.user!, from, to);
    return mapNodes(
      pageOfRows(rows, req, (r) => [r.product, r.branch]),
      (r) => toAcceptance(from, to, r),
    );
  }

  @Allowed('administer')
  @Mutation(() => ProductType, {
    description: '新增或修改目录产品（管理员）· Add or change a catalogue product.',
  })
  async saveProduct(
    @Arg('input', () => ProductInput, { description: '产品 · The product.' }) input: ProductInput,
    @Ctx() ctx: Context,
  ) {
    return toProduct(await saveProduct(ctx.em, input));
  }

  @Allowed('recordOffer')
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
    deprecationReason:
      'Use recommendationsConnection, which pages both ways and counts; recommendations answers every one at once.',
  })
  async recommendations(@Root() m: Merchant, @Ctx() ctx: Context): Promise<RecommendationType[]> {
    return (await recommendationsFor(ctx.em, m)).map((r) => toRecommendation(m.mid, r));
  }

  @FieldResolver(() => RecommendationConnectionType, {
    description:
      '个性化推荐（分页），最合适的在前 · Recommended products, a page at a time, best first, with reasons.',
  })
  async recommendationsConnection(
    @Root() m: Merchant,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const req = pageRequest(page, 'recommendations');
    // Scored against the whole catalogue at once (the rules are pure): paged in memory, best first.
    const recs = await recommendationsFor(ctx.em, m);
    return mapNodes(
      pageOfRows(recs, req, (r) => [-r.score, r.code]),
      (r) => toRecommendation(m.mid, r),
    );
  }

  @FieldResolver(() => [String], { description: '已开通的产品代码 · Codes of the products it holds.' })
  async products(@Root() m: Merchant, @Ctx() ctx: Context): Promise<string[]> {
    return [...(await heldBy(ctx.em, m.id))].sort();
  }
}
