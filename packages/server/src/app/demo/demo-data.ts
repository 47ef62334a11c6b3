import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CATEGORIES, type CategoryCode, categoryOfMcc } from '@cornerstone/shared/merchant/category';
import { MERCHANT_COLUMNS } from '@cornerstone/shared/merchant/merchant-row';
import { type Fen, formatRate, formatYuan, type RateMicros } from '@cornerstone/shared/money/money';
import { addDays, daysBetween } from '@cornerstone/shared/period/period';
import {
  type FeePlan,
  isCappedTransaction,
  issuerFee,
  networkFee,
  transactionFee,
} from '@cornerstone/shared/settlement/fee';
import { SETTLEMENT_COLUMNS } from '@cornerstone/shared/settlement/settlement-row';

/*
 * Deterministic demo data for Cornerstone: Shaanxi branches, their staff, merchants and daily
 * settlements, written as the contract's merchants.csv and settlements.csv.
 *
 * Everything is a pure function of its arguments (seed, counts, `today`): the same arguments give
 * byte-identical files on every run and machine. Each merchant is derived from (seed, index) alone,
 * so merchant i is the same in a 100-merchant and a 5,000-merchant run, and each settlement row
 * from (seed, index, day) alone, so a 3-month run is the tail of a 12-month run.
 *
 * Money is bigint fen throughout. Floats are used only for random draws and volume factors; every
 * amount is rounded to whole fen before any money arithmetic. A settlement row is the exact sum of
 * a concrete multiset of transactions (each of a merchant's representative ticket amounts, paid
 * with a debit or a credit card), priced one by one with the shared fee rules.
 */

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** Mixes integers (any safe integers) into one 32-bit seed (murmur3-style finaliser per part). */
export function hashSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  const mix = (x: number): void => {
    h = Math.imul(h ^ x, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  };
  for (const p of parts) {
    mix(p >>> 0);
    mix(Math.floor(p / 4294967296) >>> 0);
  }
  return h >>> 0;
}

/**
 * A small seeded PRNG: mulberry32 (Tommy Ettinger's 32-bit generator), plus the draws the demo
 * needs. Good enough for demo data; never for anything secret.
 */
export class Rng {
  private state: number;
  private spare: number | null = null;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Restarts the stream from a new seed (cheaper than a new object in hot loops). */
  reseed(seed: number): this {
    this.state = seed >>> 0;
    this.spare = null;
    return this;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box–Muller, the second value kept for the next call). */
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    const u = 1 - this.next(); // (0, 1]: log stays finite
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(mu, sigma²)). */
  logNormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal());
  }

  /** Poisson(lambda): Knuth's product method for small lambda, normal approximation above 30. */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda >= 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** A uniformly chosen element. */
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }

  /** An element chosen with probability proportional to `weight(x)`. */
  weighted<T>(xs: readonly T[], weight: (x: T) => number): T {
    let total = 0;
    for (const x of xs) total += weight(x);
    let u = this.next() * total;
    for (const x of xs) {
      u -= weight(x);
      if (u < 0) return x;
    }
    return xs[xs.length - 1]!;
  }
}

/** mulberry32 as a bare function: uniform floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

// ---------------------------------------------------------------------------------------------
// Branches and users

/** A demo branch (分公司) of the Shaanxi acquirer. */
export interface DemoBranch {
  /** Branch name as stored and shown (`西安分公司`). */
  readonly name: string;
  /** City, the first part of merchant names. */
  readonly city: string;
  /** ASCII pinyin used in logins (`bm_xian`). */
  readonly pinyin: string;
  /** Region: 关中, 陕北 or 陕南. */
  readonly region: '关中' | '陕北' | '陕南';
  /** 4-digit UnionPay area code, digits 4–7 of the MID. */
  readonly areaCode: string;
  /** Relative share of merchants. */
  readonly weight: number;
  /** Relative merchant volume (provincial capital busier, the south quieter). */
  readonly volumeScale: number;
  readonly districts: readonly string[];
}

/** Shaanxi branches with their regions, weighted by size (西安 largest). */
export const DEMO_BRANCHES: readonly DemoBranch[] = [
  {
    name: '西安分公司',
    city: '西安',
    pinyin: 'xian',
    region: '关中',
    areaCode: '7910',
    weight: 34,
    volumeScale: 1.25,
    districts: ['雁塔区', '碑林区', '未央区', '莲湖区', '新城区', '灞桥区', '曲江新区', '高新区', '长安区'],
  },
  {
    name: '咸阳分公司',
    city: '咸阳',
    pinyin: 'xianyang',
    region: '关中',
    areaCode: '7950',
    weight: 10,
    volumeScale: 1,
    districts: ['秦都区', '渭城区', '兴平市', '三原县', '泾阳县'],
  },
  {
    name: '宝鸡分公司',
    city: '宝鸡',
    pinyin: 'baoji',
    region: '关中',
    areaCode: '7930',
    weight: 9,
    volumeScale: 1,
    districts: ['渭滨区', '金台区', '陈仓区', '岐山县', '凤翔区'],
  },
  {
    name: '渭南分公司',
    city: '渭南',
    pinyin: 'weinan',
    region: '关中',
    areaCode: '7970',
    weight: 8,
    volumeScale: 0.95,
    districts: ['临渭区', '华州区', '韩城市', '蒲城县', '大荔县'],
  },
  {
    name: '榆林分公司',
    city: '榆林',
    pinyin: 'yulin',
    region: '陕北',
    areaCode: '8060',
    weight: 9,
    volumeScale: 1.1,
    districts: ['榆阳区', '神木市', '府谷县', '靖边县', '定边县'],
  },
  {
    name: '汉中分公司',
    city: '汉中',
    pinyin: 'hanzhong',
    region: '陕南',
    areaCode: '7990',
    weight: 7,
    volumeScale: 0.9,
    districts: ['汉台区', '南郑区', '城固县', '勉县', '洋县'],
  },
  {
    name: '延安分公司',
    city: '延安',
    pinyin: 'yanan',
    region: '陕北',
    areaCode: '8040',
    weight: 6,
    volumeScale: 0.95,
    districts: ['宝塔区', '安塞区', '延长县', '洛川县'],
  },
  {
    name: '安康分公司',
    city: '安康',
    pinyin: 'ankang',
    region: '陕南',
    areaCode: '8010',
    weight: 5,
    volumeScale: 0.85,
    districts: ['汉滨区', '旬阳市', '平利县', '紫阳县'],
  },
  {
    name: '商洛分公司',
    city: '商洛',
    pinyin: 'shangluo',
    region: '陕南',
    areaCode: '8030',
    weight: 4,
    volumeScale: 0.8,
    districts: ['商州区', '洛南县', '丹凤县', '山阳县'],
  },
  {
    name: '铜川分公司',
    city: '铜川',
    pinyin: 'tongchuan',
    region: '关中',
    areaCode: '7920',
    weight: 4,
    volumeScale: 0.85,
    districts: ['王益区', '印台区', '耀州区'],
  },
];

/** The password of every demo user (shown by `start` and `cornerstone demo`; change it in production). */
export const DEMO_PASSWORD = 'cornerstone-demo';

/** Roles of the contract's `user add --role`. */
export type DemoRole = 'admin' | 'analyst' | 'branch_manager' | 'operations' | 'account_manager';

/** A demo user; `branch` is null for the company-wide roles. */
export interface DemoUser {
  login: string;
  displayName: string;
  role: DemoRole;
  branch: string | null;
}

/** Account managers per branch: 4 for the largest branch, 3 for mid-sized, 2 for small ones. */
export function accountManagerCount(b: DemoBranch): number {
  return b.weight >= 20 ? 4 : b.weight >= 8 ? 3 : 2;
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '朱',
  '郭',
  '何',
  '高',
  '罗',
  '郑',
  '梁',
  '宋',
  '韩',
  '冯',
  '薛',
  '雷',
  '田',
  '贺',
  '党',
  '惠',
];
const GIVEN_CHARS = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '英',
  '华',
  '平',
  '刚',
  '建',
  '国',
  '海',
  '燕',
  '文',
  '博',
  '晨',
  '宇',
  '浩',
  '欣',
  '怡',
  '佳',
  '琪',
  '鹏',
  '飞',
  '志',
  '红',
  '霞',
  '玲',
  '峰',
  '辉',
  '亮',
  '婷',
  '雪',
  '梅',
  '斌',
  '龙',
  '凯',
  '瑞',
  '琳',
  '鑫',
  '阳',
  '蕾',
];

function chineseName(r: Rng): string {
  const given = r.chance(0.65) ? `${r.pick(GIVEN_CHARS)}${r.pick(GIVEN_CHARS)}` : r.pick(GIVEN_CHARS);
  return `${r.pick(SURNAMES)}${given}`;
}

/**
 * Demo users: `admin`, `analyst`, and per branch a branch manager `bm_<pinyin>`, an operations user
 * `ops_<pinyin>` and 2–4 account managers `am_<pinyin>_<n>` by branch size. All logins are ASCII;
 * display names are Chinese. The password of each is {@link DEMO_PASSWORD}.
 */
export function demoUsers(): DemoUser[] {
  const r = new Rng(hashSeed(20_160_906, 1));
  const users: DemoUser[] = [
    { login: 'admin', displayName: chineseName(r), role: 'admin', branch: null },
    { login: 'analyst', displayName: chineseName(r), role: 'analyst', branch: null },
  ];
  for (const b of DEMO_BRANCHES) {
    users.push({
      login: `bm_${b.pinyin}`,
      displayName: chineseName(r),
      role: 'branch_manager',
      branch: b.name,
    });
    users.push({ login: `ops_${b.pinyin}`, displayName: chineseName(r), role: 'operations', branch: b.name });
    for (let i = 1; i <= accountManagerCount(b); i++) {
      users.push({
        login: `am_${b.pinyin}_${i}`,
        displayName: chineseName(r),
        role: 'account_manager',
        branch: b.name,
      });
    }
  }
  return users;
}

// ---------------------------------------------------------------------------------------------
// Trades: MCC, names, ticket sizes and volumes

type DemoCategory = Exclude<CategoryCode, 'public_welfare'>;

interface Trade {
  readonly mcc: string;
  readonly category: DemoCategory;
  /** Share of merchants within its category. */
  readonly weight: number;
  /** Name endings; those containing 公司 follow the city directly, shop names get a district. */
  readonly suffixes: readonly string[];
  /** Median ticket in yuan. */
  readonly ticket: number;
  /** Log-normal spread of tickets within one merchant. */
  readonly ticketSigma: number;
  /** Median transactions per day of a typical merchant of the trade. */
  readonly txnsPerDay: number;
  /** Probability of a capped plan (封顶). */
  readonly cappedShare: number;
}

const t = (
  mcc: string,
  category: DemoCategory,
  weight: number,
  suffixes: readonly string[],
  ticket: number,
  txnsPerDay: number,
  cappedShare = 0,
  ticketSigma = 0.7,
): Trade => ({ mcc, category, weight, suffixes, ticket, ticketSigma, txnsPerDay, cappedShare });

/** Realistic MCCs (ISO 18245 / UnionPay) with the names merchants of that trade carry. */
const TRADES: readonly Trade[] = [
  // 一般类 (general: every MCC no other category claims)
  t('5311', 'general', 5, ['百货商店', '购物中心', '百货有限公司'], 280, 40),
  t('5651', 'general', 10, ['服饰店', '服装店', '时装有限公司'], 260, 9),
  t('5661', 'general', 3, ['鞋业', '鞋店'], 300, 6),
  t('5912', 'general', 8, ['大药房', '医药连锁有限公司', '药店'], 75, 25),
  t('5732', 'general', 5, ['电器商行', '数码城', '通讯器材店'], 1500, 6, 0.35, 0.8),
  t('5722', 'general', 3, ['家电城', '电器有限公司'], 2600, 4, 0.45, 0.8),
  t('5712', 'general', 3, ['家具城', '家居有限公司'], 3800, 2, 0.5, 0.8),
  t('5211', 'general', 3, ['建材商行', '装饰材料有限公司'], 2800, 3, 0.45, 0.9),
  t('5499', 'general', 5, ['食品店', '特产店', '糕点店'], 60, 20),
  t('5941', 'general', 2, ['体育用品店', '户外用品店'], 380, 4),
  t('5942', 'general', 2, ['书店', '图书城'], 85, 10),
  t('5992', 'general', 1, ['花店', '鲜花店'], 120, 5),
  t('5999', 'general', 6, ['商行', '日用百货店', '精品店'], 140, 8),
  t('7230', 'general', 4, ['美发沙龙', '美容院'], 220, 7),
  t('7538', 'general', 2, ['汽车维修服务有限公司', '汽修厂'], 800, 4),
  t('5533', 'general', 2, ['汽配城', '汽车用品店'], 550, 4),
  // 餐娱类 (dining & entertainment)
  t('5812', 'dining', 14, ['餐饮管理有限公司', '火锅店', '饭庄', '酒楼', '烤肉店', '面馆'], 150, 28),
  t('5814', 'dining', 7, ['快餐店', '肉夹馍店', '凉皮店', '小吃店'], 35, 55),
  t('5813', 'dining', 1.5, ['酒吧', '清吧'], 300, 10),
  t('7011', 'dining', 3, ['大酒店', '商务酒店', '快捷酒店', '宾馆'], 420, 12),
  t('5944', 'dining', 1.5, ['珠宝行', '金店', '银楼'], 3500, 2, 0, 0.9),
  t('7832', 'dining', 0.7, ['影城', '国际影城'], 90, 60),
  t('7911', 'dining', 1, ['量贩KTV', '歌舞厅'], 480, 8),
  t('7997', 'dining', 1, ['健身俱乐部', '会所'], 1200, 2),
  // 民生类 (public livelihood)
  t('5411', 'livelihood', 9, ['超市', '便利店', '生鲜超市', '购物广场'], 85, 80),
  t('5541', 'livelihood', 3, ['加油站'], 280, 60, 0, 0.5),
  t('4900', 'livelihood', 1, ['燃气有限公司', '供水有限公司', '热力有限公司'], 260, 30),
  t('4121', 'livelihood', 0.5, ['出租汽车有限公司'], 30, 40, 0, 0.5),
  t('4131', 'livelihood', 0.5, ['客运有限公司', '汽车客运站'], 65, 40, 0, 0.5),
  // 批发类 (wholesale, list cap ¥26)
  t('5045', 'wholesale', 3, ['电子科技有限公司', '电脑批发部'], 5000, 4, 0.85, 0.9),
  t('5047', 'wholesale', 1, ['医疗器械有限公司'], 6000, 2, 0.85, 0.9),
  t('5065', 'wholesale', 1, ['电子元器件经营部'], 3500, 3, 0.85, 0.9),
  t('5111', 'wholesale', 1, ['文具批发部', '办公用品有限公司'], 1200, 5, 0.8),
  t('5122', 'wholesale', 1, ['医药有限公司', '药业批发部'], 7000, 3, 0.85, 0.9),
  t('5137', 'wholesale', 1, ['服装批发行'], 2400, 6, 0.8),
  t('5141', 'wholesale', 1.5, ['粮油批发部', '副食批发部'], 2400, 6, 0.8),
  t('5172', 'wholesale', 1, ['石化贸易有限公司', '油品经销部'], 12000, 2, 0.9, 0.9),
  t('5199', 'wholesale', 2, ['商贸有限公司', '贸易商行', '农资经营部'], 3000, 4, 0.85, 0.9),
  t('5300', 'wholesale', 1, ['批发市场', '仓储会员店'], 700, 30, 0.5),
  // 车房类 (auto & real estate, list cap ¥80)
  t('5511', 'auto_realty', 3, ['汽车销售服务有限公司', '4S店'], 20000, 1.2, 1, 0.9),
  t('5521', 'auto_realty', 1, ['二手车交易市场', '二手车经纪有限公司'], 12000, 0.8, 1, 0.9),
  t(
    '6513',
    'auto_realty',
    2,
    ['房地产经纪有限公司', '置业顾问有限公司', '物业管理有限公司'],
    6000,
    1.5,
    1,
    1,
  ),
  t('1520', 'auto_realty', 1, ['房地产开发有限公司', '置业有限公司'], 30000, 0.6, 1, 0.9),
];

/** Share of merchants per category: 一般类 most, then 餐娱, 民生, 批发, 车房. */
const CATEGORY_MIX: Record<DemoCategory, number> = {
  general: 0.5,
  dining: 0.23,
  livelihood: 0.14,
  wholesale: 0.08,
  auto_realty: 0.05,
};

/** Trades with their overall weight (category share × share within the category). */
const TRADE_WEIGHTS: readonly { trade: Trade; weight: number }[] = (() => {
  const inCategory = new Map<DemoCategory, number>();
  for (const tr of TRADES) inCategory.set(tr.category, (inCategory.get(tr.category) ?? 0) + tr.weight);
  return TRADES.map((trade) => ({
    trade,
    weight: (CATEGORY_MIX[trade.category] * trade.weight) / inCategory.get(trade.category)!,
  }));
})();

/** Every trade's MCC belongs to its category under the default table (checked by the tests). */
export function demoTradeMccs(): { mcc: string; category: CategoryCode; actual: CategoryCode | null }[] {
  return TRADES.map((tr) => ({ mcc: tr.mcc, category: tr.category, actual: categoryOfMcc(tr.mcc) }));
}

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

// ---------------------------------------------------------------------------------------------
// Merchants

/** How a merchant's activity develops over the last months. */
export type DemoFate = 'steady' | 'growing' | 'declining' | 'dormant';

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
  /** Days before the end of the data over which a declining/growing trend runs, or a dormant merchant stopped. */
  fateDays: number;
}

const DEFAULT_SEED = 2026;
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
  const rate = list - BigInt(steps) * 100n;
  const plan: FeePlan = r.chance(trade.cappedShare)
    ? { kind: 'capped', rate, cap: capFor(r, trade) }
    : { kind: 'rate', rate };

  // Onboarded 1–8 years ago, a few in the last months.
  const daysAgo = r.chance(0.06) ? 5 + r.int(300) : Math.floor(365 * (1 + 7 * r.next() ** 1.2));
  const onboardedOn = addDays(today, -daysAgo);

  const fateDraw = r.next();
  const fate: DemoFate =
    fateDraw < 0.02 ? 'dormant' : fateDraw < 0.05 ? 'declining' : fateDraw < 0.11 ? 'growing' : 'steady';
  const fateDays = fate === 'dormant' ? 35 + r.int(86) : 120 + r.int(150);

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
  };
}

/** Column of merchants.csv. */
export type MerchantColumn = (typeof MERCHANT_COLUMNS)[number];
/** Column of settlements.csv. */
export type SettlementColumn = (typeof SETTLEMENT_COLUMNS)[number];

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

// ---------------------------------------------------------------------------------------------
// Settlements

/**
 * Days covered by a run with `months`: from the first day of the month `months` months before
 * `today`'s month to yesterday, i.e. `months` full calendar months plus the current month so far
 * (so the last `months` monthly pyramids are complete).
 */
export function demoSettlementWindow(today: string, months: number): { start: string; end: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 - Math.max(0, Math.floor(months));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return {
    start: `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`,
    end: addDays(today, -1),
  };
}

// Chinese New Year (春节) by Gregorian year.
const SPRING_FESTIVAL: Record<number, string> = {
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
  2036: '01-28',
  2037: '02-15',
  2038: '02-04',
  2039: '01-24',
  2040: '02-12',
};

const EPOCH = '1970-01-01';
const dayNumber = (date: string): number => daysBetween(EPOCH, date);

/** Days from the nearest Spring Festival to `date` (negative before it). */
function springFestivalOffset(date: string): number {
  const y = Number(date.slice(0, 4));
  let best = Number.POSITIVE_INFINITY;
  for (const year of [y - 1, y, y + 1]) {
    const sf = `${String(year).padStart(4, '0')}-${SPRING_FESTIVAL[year] ?? '02-05'}`;
    const d = daysBetween(sf, date);
    if (Math.abs(d) < Math.abs(best)) best = d;
  }
  return best;
}

// Weekly pattern, Sunday first.
const WEEKLY: Record<DemoCategory, readonly number[]> = {
  general: [1.3, 0.85, 0.85, 0.9, 0.9, 1.05, 1.35],
  dining: [1.25, 0.8, 0.85, 0.9, 0.95, 1.2, 1.35],
  livelihood: [1.15, 0.95, 0.95, 0.95, 0.95, 1.0, 1.15],
  wholesale: [0.45, 1.1, 1.15, 1.15, 1.15, 1.1, 0.8],
  auto_realty: [1.3, 0.8, 0.8, 0.85, 0.85, 1.0, 1.4],
};

/** Calendar factor of one category on one day: weekday, Spring Festival, Golden Week, 11.11, year end. */
function calendarFactor(category: DemoCategory, date: string, weekday: number): number {
  let f = WEEKLY[category][weekday]!;
  const sf = springFestivalOffset(date);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Spring Festival: banquets and 年货 before it, shops and markets closed during it.
  if (sf >= -25 && sf <= 15) {
    const before = sf < 0 && sf >= -20;
    const during = sf >= 0 && sf <= 6;
    const after = sf >= 7 && sf <= 15; // until 元宵
    if (category === 'dining') f *= before ? 1.35 : during ? 1.6 : after ? 1.15 : 1;
    else if (category === 'livelihood') f *= before ? 1.45 : during ? 1.05 : 1;
    else if (category === 'general') f *= sf < -8 ? 1.1 : sf <= 6 ? 0.5 : after ? 0.8 : 1;
    else if (category === 'wholesale') f *= sf < -12 ? 1.1 : sf <= 9 ? 0.3 : after ? 0.75 : 1;
    else f *= sf >= -5 && sf <= 6 ? 0.35 : after ? 0.8 : 1;
  }
  // National Day Golden Week (国庆).
  if (month === 10 && day <= 7) {
    if (category === 'dining') f *= 1.35;
    else if (category === 'general' || category === 'auto_realty') f *= 1.2;
    else if (category === 'wholesale') f *= 0.55;
  }
  // 11.11: the shopping festival lifts November for general retail, 11 November most.
  if (month === 11 && category === 'general') f *= day === 11 ? 2 : day <= 12 ? 1.3 : 1.12;
  if (month === 12 && (category === 'general' || category === 'dining')) f *= 1.08;
  if ((month === 7 || month === 8) && category === 'dining') f *= 1.06;
  return f;
}

/** A representative transaction amount of a merchant, priced once with the shared rules. */
interface Ticket {
  amount: Fen;
  merchantFee: Fen;
  capped: boolean;
  issuerDebit: Fen;
  issuerCredit: Fen;
  network: Fen;
  creditShare: number;
}

const TICKETS = 12;

function ticketsOf(m: DemoMerchant, seed: number): Ticket[] {
  const r = new Rng(hashSeed(seed, m.index, 2));
  const out: Ticket[] = [];
  for (let k = 0; k < TICKETS; k++) {
    // Stratified draws: one ticket per twelfth of the log-normal, so each merchant's mix is representative.
    const u = (k + 0.15 + 0.7 * r.next()) / TICKETS;
    const zq = inverseNormal(u);
    let fen = Math.max(
      100,
      Math.round(m.ticket * Math.exp(m.ticketSigma * zq - (m.ticketSigma * m.ticketSigma) / 2) * 100),
    );
    if (fen >= 100_000) fen = Math.round(fen / 100) * 100; // big tickets in whole yuan
    const amount = BigInt(fen);
    out.push({
      amount,
      merchantFee: transactionFee(amount, m.plan),
      capped: isCappedTransaction(amount, m.plan),
      issuerDebit: issuerFee(amount, 'debit'),
      issuerCredit: issuerFee(amount, 'credit'),
      network: networkFee(amount),
      // Credit limits: the bigger the ticket, the more often it is paid by debit card.
      creditShare: m.creditShare * Math.min(1, Math.sqrt(3_000 / (fen / 100))),
    });
  }
  return out;
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
function inverseNormal(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ];
  const b = [-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373, 4.37466414146497,
    2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - lo) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

interface Prepared {
  m: DemoMerchant;
  tickets: Ticket[];
  onboardDay: number;
}

/** Trend factor of a merchant `daysToEnd` days before the last day (0 when it has gone dormant). */
function fateFactor(m: DemoMerchant, daysToEnd: number): number {
  switch (m.fate) {
    case 'steady':
      return 1;
    case 'dormant':
      return daysToEnd < m.fateDays ? 0 : 1;
    case 'declining': {
      const progress = Math.min(1, Math.max(0, (m.fateDays - daysToEnd) / m.fateDays));
      return 1 - 0.85 * progress;
    }
    case 'growing': {
      const progress = Math.min(1, Math.max(0, (m.fateDays - daysToEnd) / m.fateDays));
      return 0.55 + 0.75 * progress;
    }
  }
}

/** Merchants are prepared in blocks so that memory stays flat for very large runs; days run inside a block. */
const BLOCK = 20_000;

/**
 * Rows of settlements.csv for the same merchants as {@link demoMerchantRows} (same seed and
 * `today`): one row per merchant and trading day over {@link demoSettlementWindow}, never before
 * the merchant's onboarding date. Rows come day by day (all merchants of a day, by index), in
 * blocks of 20,000 merchants. Each row is the exact sum of its transactions priced with
 * `transactionFee`, `issuerFee` and `networkFee`.
 */
export function* demoSettlementRows(opts: {
  merchants: number;
  months: number;
  seed?: number;
  today: string;
}): Generator<Record<SettlementColumn, string>> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const { start, end } = demoSettlementWindow(opts.today, opts.months);
  const firstDay = dayNumber(start);
  const lastDay = dayNumber(end);
  if (lastDay < firstDay || opts.merchants <= 0) return;

  // Calendar factors once per day and category; the long-run trend (+6% a year) on top.
  const dates: string[] = [];
  const weekdays: number[] = [];
  const calendar: Record<DemoCategory, Float64Array> = {
    general: new Float64Array(lastDay - firstDay + 1),
    dining: new Float64Array(lastDay - firstDay + 1),
    livelihood: new Float64Array(lastDay - firstDay + 1),
    wholesale: new Float64Array(lastDay - firstDay + 1),
    auto_realty: new Float64Array(lastDay - firstDay + 1),
  };
  for (let d = firstDay; d <= lastDay; d++) {
    const i = d - firstDay;
    const date = addDays(start, i);
    const weekday = (((d + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    dates.push(date);
    weekdays.push(weekday);
    const trend = 1.06 ** ((d - lastDay) / 365);
    for (const c of Object.keys(calendar) as DemoCategory[])
      calendar[c][i] = calendarFactor(c, date, weekday) * trend;
  }

  const r = new Rng(0);
  const total = new Int32Array(TICKETS);
  const credit = new Int32Array(TICKETS);
  const weights = new Float64Array(TICKETS);

  for (let from = 0; from < opts.merchants; from += BLOCK) {
    const block: Prepared[] = [];
    for (let i = from; i < Math.min(opts.merchants, from + BLOCK); i++) {
      const m = demoMerchant(i, seed, opts.today);
      if (m.onboardedOn > end) continue;
      block.push({ m, tickets: ticketsOf(m, seed), onboardDay: dayNumber(m.onboardedOn) });
    }
    for (let d = firstDay; d <= lastDay; d++) {
      const i = d - firstDay;
      const daysToEnd = lastDay - d;
      for (const p of block) {
        if (d < p.onboardDay) continue;
        const m = p.m;
        if (weekdays[i] === m.closedWeekday) continue;
        const fate = fateFactor(m, daysToEnd);
        if (fate === 0) continue;
        r.reseed(hashSeed(seed, m.index, d));
        if (!r.chance(m.openProb)) continue;
        const ramp = Math.min(1, 0.3 + (0.7 * (d - p.onboardDay)) / 60);
        const lambda = m.txnsPerDay * calendar[m.category][i]! * fate * ramp * r.logNormal(-0.03, 0.25);
        const n = r.poisson(lambda);
        if (n === 0) continue;
        yield settle(dates[i]!, m.mid, p.tickets, n, r, total, credit, weights);
      }
    }
  }
}

/** Spreads `n` transactions over the representative tickets and card kinds, and prices the day. */
function settle(
  date: string,
  mid: string,
  tickets: readonly Ticket[],
  n: number,
  r: Rng,
  total: Int32Array,
  credit: Int32Array,
  weights: Float64Array,
): Record<SettlementColumn, string> {
  total.fill(0);
  credit.fill(0);
  if (n <= 48) {
    for (let j = 0; j < n; j++) {
      const k = r.int(TICKETS);
      total[k]!++;
      if (r.chance(tickets[k]!.creditShare)) credit[k]!++;
    }
  } else {
    // Many transactions: a noisy proportional split (the day's mix varies), then card kinds by share.
    let sum = 0;
    for (let k = 0; k < TICKETS; k++) {
      const w = 0.6 + 0.8 * r.next();
      weights[k] = w;
      sum += w;
    }
    let assigned = 0;
    for (let k = 0; k < TICKETS; k++) {
      const c = Math.floor((n * weights[k]!) / sum);
      total[k] = c;
      assigned += c;
    }
    for (let k = r.int(TICKETS); assigned < n; k = (k + 1) % TICKETS) {
      total[k]!++;
      assigned++;
    }
    for (let k = 0; k < TICKETS; k++) {
      credit[k] = Math.min(total[k]!, Math.floor(total[k]! * tickets[k]!.creditShare + r.next()));
    }
  }
  let amount = 0n;
  let cappedCount = 0;
  let cappedAmount = 0n;
  let merchantFee = 0n;
  let issuer = 0n;
  let network = 0n;
  for (let k = 0; k < TICKETS; k++) {
    const c = total[k]!;
    if (c === 0) continue;
    const tk = tickets[k]!;
    const cc = credit[k]!;
    const count = BigInt(c);
    const lineAmount = tk.amount * count;
    amount += lineAmount;
    merchantFee += tk.merchantFee * count;
    network += tk.network * count;
    issuer +=
      cc === 0 ? tk.issuerDebit * count : tk.issuerDebit * BigInt(c - cc) + tk.issuerCredit * BigInt(cc);
    if (tk.capped) {
      cappedCount += c;
      cappedAmount += lineAmount;
    }
  }
  return {
    settle_date: date,
    mid,
    txn_count: String(n),
    txn_amount: formatYuan(amount),
    capped_count: String(cappedCount),
    capped_amount: formatYuan(cappedAmount),
    merchant_fee: formatYuan(merchantFee),
    issuer_fee: formatYuan(issuer),
    network_fee: formatYuan(network),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV files

/** One CSV field: quoted (with `"` doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (with its `\n`) of `record`'s cells in `columns` order. */
export function csvLine<C extends string>(columns: readonly C[], record: Record<C, string>): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) line += ',';
    line += csvField(record[columns[i]!]);
  }
  return `${line}\n`;
}

const CHUNK_CHARS = 1 << 16;

/**
 * Streams a header and the records of `rows` to `path`, in chunks of about 64 KB, with the
 * stream's backpressure (the generator is pulled only as fast as the disk takes it).
 */
async function writeCsv<C extends string>(
  path: string,
  columns: readonly C[],
  rows: Iterable<Record<C, string>>,
): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buf = `${columns.join(',')}\n`;
    for (const row of rows) {
      buf += csvLine(columns, row);
      count++;
      if (buf.length >= CHUNK_CHARS) {
        yield buf;
        buf = '';
      }
    }
    if (buf !== '') yield buf;
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), createWriteStream(path));
  return count;
}

/** Options of a demo run: merchant count, months of settlements, seed (default 2026) and the day it is "today". */
export interface DemoOptions {
  merchants: number;
  months: number;
  seed?: number;
  today: string;
}

/** Writes `merchants.csv` and `settlements.csv` (contract formats, UTF-8, header row) into `dir`. */
export async function writeDemoCsv(
  dir: string,
  opts: DemoOptions,
): Promise<{
  merchantsFile: string;
  settlementsFile: string;
  merchantCount: number;
  settlementRows: number;
}> {
  const merchantsFile = join(dir, 'merchants.csv');
  const settlementsFile = join(dir, 'settlements.csv');
  const merchantCount = await writeCsv(merchantsFile, MERCHANT_COLUMNS, demoMerchantRows(opts));
  const settlementRows = await writeCsv(settlementsFile, SETTLEMENT_COLUMNS, demoSettlementRows(opts));
  return { merchantsFile, settlementsFile, merchantCount, settlementRows };
}
