import { isValidDate } from '@cornerstone/shared/period/period';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { globalId, type NodeFetch } from '../platform/graphql/node.ts';
import { activeProduct, type CatalogueProduct } from './catalogue.service.ts';
import { type AcceptanceRow, acceptance } from './offer.service.ts';
import type { ProductAcceptanceType, ProductType, RecommendationType } from './product.types.ts';
import { recommendationsFor } from './recommendation.service.ts';

// The product feature's objects as the API shows them, with their global ids, and node(id) for
// each: a product by its code; a recommendation and an acceptance figure computed afresh, in the
// caller's scope, from what their key holds.

export const toProduct = (p: CatalogueProduct): ProductType => ({
  ...p,
  id: globalId('Product', p.code),
  rule: JSON.stringify(p.rule),
});

type Recommended = Awaited<ReturnType<typeof recommendationsFor>>[number];

export const toRecommendation = (mid: string, r: Recommended): RecommendationType => ({
  ...r,
  id: globalId('Recommendation', `${mid}_${r.code}`),
  product: toProduct(r.product),
});

/** An acceptance figure's key: the range as two compact days, the branch's row id, the product. */
const acceptanceKey = (from: string, to: string, r: AcceptanceRow) =>
  `${from.replaceAll('-', '')}${to.replaceAll('-', '')}_${r.branchId}_${r.product}`;

export const toAcceptance = (from: string, to: string, r: AcceptanceRow): ProductAcceptanceType => ({
  ...r,
  id: globalId('ProductAcceptance', acceptanceKey(from, to, r)),
});

const day = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6)}`;

export const PRODUCT_NODES: Record<string, NodeFetch<Context>> = {
  Product: async (ctx, code) => {
    const p = await activeProduct(ctx.em, code);
    return p && toProduct(p);
  },
  Recommendation: async (ctx, key) => {
    const m = /^(\d{15})_([a-z][a-z0-9_]{0,47})$/.exec(key);
    const merchant: Merchant | null = m ? await findMerchant(ctx.em, ctx.user!, m[1]!) : null;
    if (!m || !merchant) return null;
    const rec = (await recommendationsFor(ctx.em, merchant)).find((r) => r.code === m[2]);
    return rec ? toRecommendation(merchant.mid, rec) : null;
  },
  ProductAcceptance: async (ctx, key) => {
    const m = /^(\d{8})(\d{8})_(\d{1,9})_([a-z][a-z0-9_]{0,40})$/.exec(key);
    if (!m || !isValidDate(day(m[1]!)) || !isValidDate(day(m[2]!))) return null;
    const [from, to] = [day(m[1]!), day(m[2]!)];
    const [row] = await acceptance(ctx.em, ctx.user!, from, to, { product: m[4]!, branchId: Number(m[3]) });
    return row ? toAcceptance(from, to, row) : null;
  },
};
