import { CATEGORIES, type CategoryCode } from '@cornerstone/shared/merchant/category';
import type { MERCHANT_COLUMNS } from '@cornerstone/shared/merchant/merchant-row';
import { type Fen, formatRate, formatYuan, type RateMicros } from '@cornerstone/shared/money/money';
import { addDays } from '@cornerstone/shared/period/period';
import type { FeePlan } from '@cornerstone/shared/settlement/fee';
import { accountManagerCount, DEMO_BRANCHES, type DemoBranch } from './demo-branches.ts';
import { type DemoDeskSign, type DemoFate, type DemoSigns, deskSign, drawFate } from './demo-fates.ts';
import { chineseName } from './demo-names.ts';
import { hashSeed, Rng } from './demo-random.ts';
import { type DemoCategory, TRADE_WEIGHTS, type Trade } from './demo-trades.ts';

const BRANDS = [
  '大唐不夜城',
  '鑫源',
  '华通',
  '秦风',
  '盛世',
  '永兴',
  '聚福',
  '福满楼',
  '丝路',
  '德润',
  '嘉禾',
  '宏达',
  '恒泰',
  '瑞祥',
  '百顺',
  '龙腾',
  '天成',
  '好又多',
  '春发生',
  '佳乐',
  '万家',
  '四季',
  '博雅',
  '兴隆',
  '汇通',
  '益民',
  '康宁',
  '和顺',
  '顺达',
  '新世纪',
  '开元',
  '长安',
  '秦川',
  '三秦',
  '汉唐',
  '古城',
  '华夏',
  '东方',
  '利民',
  '惠民',
  '美佳',
  '鼎盛',
  '祥和',
  '富源',
  '安泰',
  '新天地',
  '阳光',
  '金桥',
  '星光',
  '大秦',
  '凤鸣',
  '金鼎',
  '乐购',
  '老街坊',
  '民乐园',
  '曲江',
];

const CATEGORY_ZH: Record<CategoryCode, string> = Object.fromEntries(
  CATEGORIES.map((c) => [c.code, c.zh]),
) as Record<CategoryCode, string>;

const LIST_RATE: Record<CategoryCode, RateMicros> = Object.fromEntries(
  CATEGORIES.map((c) => [c.code, c.listRate]),
) as Record<CategoryCode, RateMicros>;

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

/** One demo merchant: its merchants.csv fields and the parameters of its activity. */
export interface DemoMerchant {
  /** 0-based position in the run; merchant i is the same in every run with the same seed. */
  index: number;
  mid: string;
  name: string;
  mcc: string;
  category: DemoCategory;
  plan: FeePlan;
  branch: DemoBranch;
  manager: string;
  onboardedOn: string;
  contactName: string;
  contactMobile: string;
  /** Median ticket, yuan. */
  ticket: number;
  ticketSigma: number;
  /** Expected transactions per ordinary day once established. */
  txnsPerDay: number;
  /** Share of card payments made with credit cards (lower for big tickets). */
  creditShare: number;
  /** Probability that the shop trades on a day it is open at all (small shops have gaps). */
  openProb: number;
  /** Weekly closing day (0 = Sunday), or -1. */
  closedWeekday: number;
  fate: DemoFate;
  /** Days before the end of the data over which a declining/growing trend runs. */
  fateDays: number;
  /** A leaver's first day without settlements, for good (may lie after the data); null otherwise. */
  leavesOn: string | null;
  /** Warning signs: a leaver's (about 60% have some), or a false alarm of a merchant that stays. */
  signs: DemoSigns | null;
}

export const DEFAULT_SEED = 2026;
const VOLUME_SIGMA = 1.05;

function mid(index: number, seed: number, branch: DemoBranch): string {
  // An affine bijection on 0..10^8−1 (the multiplier is prime to 10): unique per index, not sequential.
  const serial = (index * 37_139_213 + (hashSeed(seed, 7) % 100_000_000)) % 100_000_000;
  return `898${branch.areaCode}${String(serial).padStart(8, '0')}`;
}

function merchantName(r: Rng, branch: DemoBranch, trade: Trade): string {
  const brand = r.pick(BRANDS);
  const suffix = r.pick(trade.suffixes);
  if (suffix.includes('公司')) return `${branch.city}${brand}${suffix}`;
  const district = r.pick(branch.districts);
  // Some chain shops carry the district as the branch shop's name: 好又多超市（雁塔店）.
  if (r.chance(0.2) && district.length >= 2) return `${brand}${suffix}（${district.slice(0, 2)}店）`;
  return `${branch.city}${district}${brand}${suffix}`;
}

function capFor(r: Rng, trade: Trade): Fen {
  if (trade.category === 'auto_realty') return r.chance(0.85) ? 8_000n : 6_000n;
  if (trade.category === 'wholesale')
    return r.weighted([2_600n, 3_000n, 3_500n, 4_000n], (c) => (c === 2_600n ? 8 : 1));
  return r.weighted([2_600n, 3_000n, 3_500n, 4_000n], (c) => (c === 2_600n ? 1 : 3));
}

/**
 * Merchant `index` (0-based) of the run with `seed`: derived from (seed, index) alone, so
 * merchants.csv and settlements.csv agree, and `today` (onboarding dates lie before it).
 */
export function demoMerchant(index: number, seed: number, today: string): DemoMerchant {
  const r = new Rng(hashSeed(seed, index, 1));
  const branch = r.weighted(DEMO_BRANCHES, (b) => b.weight);
  const { trade } = r.weighted(TRADE_WEIGHTS, (w) => w.weight);
  // Size: log-normal, the source of the pyramid (top 20% hold about 80% of profit).
  const z = r.normal();
  const txnsPerDay = trade.txnsPerDay * branch.volumeScale * Math.exp(VOLUME_SIGMA * z);

  // Fee plan: at or a little below the list rate (discount 0–0.2%); bigger merchants negotiate more.
  const list = LIST_RATE[trade.category];
  const maxSteps = trade.category === 'livelihood' ? 6 : 20; // steps of 0.01%
  const steps = r.chance(0.35)
    ? 0
    : Math.min(maxSteps, Math.max(0, Math.round(r.next() * maxSteps * 0.5 + Math.max(0, z) * 4)));
  const cap = r.chance(trade.cappedShare) ? capFor(r, trade) : null;

  // Onboarded 1–8 years ago, a few in the last months.
  const daysAgo = r.chance(0.06) ? 5 + r.int(300) : Math.floor(365 * (1 + 7 * r.next() ** 1.2));
  const onboardedOn = addDays(today, -daysAgo);

  const trendDraw = r.next();
  const fateDays = 120 + r.int(150);
  const { fate, leavesOn, signs } = drawFate(seed, index, today, onboardedOn, trendDraw);
  // A leaver's warning sign: it was never given a discount.
  const rate = signs?.noDiscount ? list : list - BigInt(steps) * 100n;
  const plan: FeePlan = cap === null ? { kind: 'rate', rate } : { kind: 'capped', rate, cap };

  const bigTicket = trade.ticket >= 1000;
  return {
    index,
    mid: mid(index, seed, branch),
    name: merchantName(r, branch, trade),
    mcc: trade.mcc,
    category: trade.category,
    plan,
    branch,
    manager: `am_${branch.pinyin}_${1 + r.int(accountManagerCount(branch))}`,
    onboardedOn,
    contactName: chineseName(r),
    contactMobile: `${r.pick(MOBILE_PREFIXES)}${String(r.int(100_000_000)).padStart(8, '0')}`,
    ticket: trade.ticket * r.logNormal(0, 0.3),
    ticketSigma: trade.ticketSigma,
    txnsPerDay,
    creditShare: bigTicket ? 0.1 + 0.2 * r.next() : 0.25 + 0.3 * r.next(),
    openProb: txnsPerDay < 4 ? 0.7 + 0.3 * r.next() : txnsPerDay < 10 ? 0.985 + 0.015 * r.next() : 1,
    closedWeekday:
      trade.category === 'wholesale' && r.chance(0.3)
        ? 0
        : txnsPerDay < 6 && r.chance(0.15)
          ? 1 + r.int(3)
          : -1,
    fate,
    fateDays,
    leavesOn,
    signs,
  };
}

/** Column of merchants.csv. */
export type MerchantColumn = (typeof MERCHANT_COLUMNS)[number];

/** The merchants.csv cells of a demo merchant. */
export function merchantRecord(m: DemoMerchant): Record<MerchantColumn, string> {
  return {
    mid: m.mid,
    name: m.name,
    mcc: m.mcc,
    category: CATEGORY_ZH[m.category],
    fee_plan: m.plan.kind,
    rate: formatRate(m.plan.rate),
    cap: m.plan.kind === 'capped' ? formatYuan(m.plan.cap) : '',
    branch: m.branch.name,
    manager: m.manager,
    onboarded_on: m.onboardedOn,
    contact_name: m.contactName,
    contact_mobile: m.contactMobile,
  };
}

/** Rows of merchants.csv for `merchants` demo merchants. */
export function* demoMerchantRows(opts: {
  merchants: number;
  seed?: number;
  today: string;
}): Generator<Record<MerchantColumn, string>> {
  const seed = opts.seed ?? DEFAULT_SEED;
  for (let i = 0; i < opts.merchants; i++) yield merchantRecord(demoMerchant(i, seed, opts.today));
}

/**
 * The service-desk records of the demo merchants' fates (complaints, faults and removed terminals
 * before leaving or in a false alarm, and who has left), for the merchants that have any: the SQL
 * that seeds the desk sees merchants, not fates.
 */
export function* demoDeskSigns(opts: {
  merchants: number;
  seed?: number;
  today: string;
}): Generator<DemoDeskSign> {
  const seed = opts.seed ?? DEFAULT_SEED;
  for (let i = 0; i < opts.merchants; i++) {
    const sign = deskSign(demoMerchant(i, seed, opts.today), opts.today);
    if (sign) yield sign;
  }
}
