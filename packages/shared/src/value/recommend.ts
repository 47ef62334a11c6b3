// 个性化推荐 (docs/domain.md, seed): which of the acquirer's value-added products fit a merchant, and
// why, in words. Pure rules: the server supplies the catalogue (data), the merchant's profile, what
// it holds, its past offers and what similar merchants adopted.
import type { CategoryCode } from '../merchant/category.ts';
import type { TierCode } from '../tier/tier-scheme.ts';

export interface EligibilityRule {
  /** Only these categories (any when absent). */
  categories?: CategoryCode[];
  /** Only these tiers (any when absent); a merchant with upgrade potential counts one tier up. */
  tiers?: TierCode[];
  /** Average monthly transaction amount band, yuan (inclusive). */
  minMonthlyAmount?: number;
  maxMonthlyAmount?: number;
  /** Months since onboarding. */
  minTenureMonths?: number;
  /** Only merchants in these statuses (active by default). */
  statuses?: string[];
  /** Tiers for which the product fits best (full marks on fit). */
  preferTiers?: TierCode[];
}

export interface Product {
  code: string;
  nameZh: string;
  nameEn: string;
  reasonZh: string;
  reasonEn: string;
  rule: EligibilityRule;
  /** Days before a product offered or declined may be recommended again. */
  cooldownDays: number;
}

export interface MerchantProfile {
  category: CategoryCode;
  tier: TierCode | null;
  potential: boolean;
  /** Average monthly transaction amount over the last three months, yuan. */
  monthlyAmount: number;
  tenureMonths: number;
  status: string;
}

export interface PastOffer {
  outcome: 'offered' | 'accepted' | 'declined';
  /** The day it was offered or decided, YYYY-MM-DD. */
  on: string;
}

export interface Recommendation {
  code: string;
  /** 0..1: half fit to the profile, half adoption among similar merchants. */
  score: number;
  fit: number;
  peerAdoption: number;
  reasonsZh: string[];
  reasonsEn: string[];
}

const TIER_ORDER: TierCode[] = ['SMALL', 'ORDINARY', 'SECONDARY', 'KEY'];
const TIER_ZH: Record<TierCode, string> = {
  KEY: '重要客户',
  SECONDARY: '次要客户',
  ORDINARY: '普通客户',
  SMALL: '小客户',
};
const TIER_EN: Record<TierCode, string> = {
  KEY: 'key',
  SECONDARY: 'secondary',
  ORDINARY: 'ordinary',
  SMALL: 'small',
};

/** The tier a merchant is treated as: one step up with upgrade potential (as for cadence). */
export function effectiveTier(m: Pick<MerchantProfile, 'tier' | 'potential'>): TierCode | null {
  if (!m.tier) return null;
  const i = TIER_ORDER.indexOf(m.tier);
  return m.potential ? TIER_ORDER[Math.min(i + 1, TIER_ORDER.length - 1)]! : m.tier;
}

/** Whether the merchant may be offered the product at all, and the first reason it may not. */
export function eligible(p: Product, m: MerchantProfile): { ok: boolean; why?: string } {
  const r = p.rule;
  const tier = effectiveTier(m);
  if (!(r.statuses ?? ['active']).includes(m.status)) return { ok: false, why: `status ${m.status}` };
  if (r.categories && !r.categories.includes(m.category)) return { ok: false, why: `category ${m.category}` };
  if (r.tiers && (!tier || !r.tiers.includes(tier))) return { ok: false, why: `tier ${tier ?? 'none'}` };
  if (r.minMonthlyAmount !== undefined && m.monthlyAmount < r.minMonthlyAmount)
    return { ok: false, why: 'volume below the band' };
  if (r.maxMonthlyAmount !== undefined && m.monthlyAmount > r.maxMonthlyAmount)
    return { ok: false, why: 'volume above the band' };
  if (r.minTenureMonths !== undefined && m.tenureMonths < r.minTenureMonths)
    return { ok: false, why: 'too new' };
  return { ok: true };
}

/** Whether a past offer still blocks the product: offered or declined within the cool-down. */
export function inCooldown(p: Product, last: PastOffer | undefined, today: string): boolean {
  if (!last || last.outcome === 'accepted') return false;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${last.on}T00:00:00Z`)) / 86_400_000;
  return days < p.cooldownDays;
}

/**
 * The products to recommend, best first: eligible, not held, not in a cool-down. Score = ½ fit
 * (1 for a preferred tier or no preference, ½ otherwise) + ½ adoption among similar merchants
 * (same category, size band and branch). Ties go by product code, so the order is stable.
 */
export function recommend(
  catalogue: readonly Product[],
  m: MerchantProfile,
  held: ReadonlySet<string>,
  lastOffers: ReadonlyMap<string, PastOffer>,
  peerAdoption: ReadonlyMap<string, number>,
  today: string,
): Recommendation[] {
  const tier = effectiveTier(m);
  const out: Recommendation[] = [];
  for (const p of catalogue) {
    if (held.has(p.code) || !eligible(p, m).ok || inCooldown(p, lastOffers.get(p.code), today)) continue;
    const preferred = !p.rule.preferTiers || (tier !== null && p.rule.preferTiers.includes(tier));
    const fit = preferred ? 1 : 0.5;
    const adoption = Math.max(0, Math.min(1, peerAdoption.get(p.code) ?? 0));
    const reasonsZh = [p.reasonZh];
    const reasonsEn = [p.reasonEn];
    if (preferred && p.rule.preferTiers && tier) {
      reasonsZh.push(`适合${TIER_ZH[tier]}${m.potential ? '（有升级潜力）' : ''}`);
      reasonsEn.push(`suits ${TIER_EN[tier]} customers${m.potential ? ' (upgrade potential)' : ''}`);
    }
    if (adoption > 0) {
      const pct = Math.round(adoption * 100);
      reasonsZh.push(`同类商户中 ${pct}% 已使用`);
      reasonsEn.push(`${pct}% of similar merchants use it`);
    }
    out.push({
      code: p.code,
      score: fit / 2 + adoption / 2,
      fit,
      peerAdoption: adoption,
      reasonsZh,
      reasonsEn,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}

/** Size bands for "similar merchants": average monthly amount, yuan. */
export const SIZE_BANDS = [0, 50_000, 200_000, 1_000_000, 5_000_000] as const;
export function sizeBand(monthlyAmount: number): number {
  let band = 0;
  for (let i = 0; i < SIZE_BANDS.length; i++) if (monthlyAmount >= SIZE_BANDS[i]!) band = i;
  return band;
}

/** Our default catalogue (ours; administrators change it as data). */
export const DEFAULT_PRODUCTS: Product[] = [
  {
    code: 'qr_acceptance',
    nameZh: '扫码收款',
    nameEn: 'QR-code acceptance',
    reasonZh: '顾客可用手机扫码付款，减少找零与排队',
    reasonEn: 'customers pay by scanning a code: less change, shorter queues',
    rule: {},
    cooldownDays: 90,
  },
  {
    code: 'merchant_loan',
    nameZh: '商户贷',
    nameEn: 'Merchant loan',
    reasonZh: '以收单流水为依据的经营贷款，备货与周转更从容',
    reasonEn: 'a working-capital loan based on the card takings',
    rule: {
      tiers: ['ORDINARY', 'SECONDARY', 'KEY'],
      minTenureMonths: 6,
      minMonthlyAmount: 50_000,
      preferTiers: ['SECONDARY', 'KEY'],
    },
    cooldownDays: 120,
  },
  {
    code: 'capped_plan',
    nameZh: '封顶费率方案',
    nameEn: 'Fee-capped plan',
    reasonZh: '大额交易按封顶手续费收取，批发与车房类更划算',
    reasonEn: 'large tickets pay a capped fee: cheaper for wholesale and auto/realty',
    rule: { categories: ['wholesale', 'auto_realty'], minMonthlyAmount: 200_000 },
    cooldownDays: 180,
  },
  {
    code: 'e_invoice',
    nameZh: '电子发票',
    nameEn: 'E-invoicing',
    reasonZh: '收款后自动开具电子发票，省去手工开票',
    reasonEn: 'issues the e-invoice with the payment: no manual invoicing',
    rule: { tiers: ['ORDINARY', 'SECONDARY', 'KEY'] },
    cooldownDays: 90,
  },
  {
    code: 'membership_marketing',
    nameZh: '会员营销',
    nameEn: 'Membership marketing',
    reasonZh: '会员积分与优惠券，带回头客',
    reasonEn: 'loyalty points and coupons that bring customers back',
    rule: { categories: ['dining', 'general', 'livelihood'], preferTiers: ['ORDINARY', 'SECONDARY'] },
    cooldownDays: 90,
  },
  {
    code: 't0_settlement',
    nameZh: 'T+0 结算加速',
    nameEn: 'T+0 settlement',
    reasonZh: '当日交易当日到账，资金周转更快',
    reasonEn: 'today’s takings settled today',
    rule: { tiers: ['SECONDARY', 'KEY'], minMonthlyAmount: 200_000, preferTiers: ['KEY'] },
    cooldownDays: 120,
  },
  {
    code: 'owner_wealth',
    nameZh: '店主理财',
    nameEn: 'Wealth products for the owner',
    reasonZh: '闲置资金的稳健理财，专属客户经理服务',
    reasonEn: 'steady wealth products for idle funds, with a personal adviser',
    rule: { tiers: ['KEY'], minTenureMonths: 12 },
    cooldownDays: 180,
  },
];
