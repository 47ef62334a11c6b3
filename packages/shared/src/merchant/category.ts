import type { Fen, RateMicros } from '../money/money.ts';

/** Merchant category (商户类型) of China's 2013 card-fee schedule. */
export type CategoryCode =
  | 'general'
  | 'wholesale'
  | 'dining'
  | 'auto_realty'
  | 'livelihood'
  | 'public_welfare';

/** One category: names, list rate and cap, and the MCC ranges (inclusive, 4-digit strings) it covers. */
export interface CategoryDef {
  readonly code: CategoryCode;
  readonly zh: '一般类' | '批发类' | '餐娱类' | '车房类' | '民生类' | '公益类';
  readonly en: string;
  /** List merchant discount rate (标准扣率). */
  readonly listRate: RateMicros;
  /** Per-transaction fee cap (封顶), or null when uncapped. */
  readonly listCap: Fen | null;
  /** Inclusive MCC ranges; empty for the default bucket. */
  readonly mccRanges: readonly (readonly [string, string])[];
  /** The bucket for every valid MCC no other category claims. Exactly one category should set it. */
  readonly isDefault: boolean;
}

/**
 * Default category table: the 2013 NDRC schedule (in force 2013-02-25 to 2016-09-05) with an
 * MCC map after ISO 18245 and the China UnionPay category list. It is data, not code: the server
 * copies it into a table that administrators can edit, and passes the edited table back to the
 * functions below as `defs`. 一般类 is the default bucket: any 4-digit MCC not listed elsewhere.
 */
export const CATEGORIES: readonly CategoryDef[] = [
  {
    code: 'general',
    zh: '一般类',
    en: 'General',
    listRate: 7_800n,
    listCap: null,
    mccRanges: [],
    isDefault: true,
  },
  {
    code: 'wholesale',
    zh: '批发类',
    en: 'Wholesale',
    listRate: 7_800n,
    listCap: 2_600n,
    mccRanges: [
      ['5013', '5199'], // durable and non-durable goods wholesale
      ['5300', '5300'], // wholesale clubs
    ],
    isDefault: false,
  },
  {
    code: 'dining',
    zh: '餐娱类',
    en: 'Dining & Entertainment',
    listRate: 12_500n,
    listCap: null,
    mccRanges: [
      ['3501', '3999'], // hotel and resort chains
      ['5812', '5814'], // restaurants, bars (5813), fast food
      ['5944', '5944'], // jewellery — 2013 put it with dining & entertainment
      ['5971', '5971'], // art dealers and galleries
      ['7011', '7011'], // hotels, motels, resorts
      ['7832', '7832'], // cinemas
      ['7911', '7999'], // dance halls, theatres, clubs, amusement, recreation
    ],
    isDefault: false,
  },
  {
    code: 'auto_realty',
    zh: '车房类',
    en: 'Auto & Real Estate',
    listRate: 12_500n,
    listCap: 8_000n,
    mccRanges: [
      ['1520', '1520'], // general contractors, residential building (developers)
      ['5511', '5511'], // car dealers, new and used
      ['5521', '5521'], // used-car dealers
      ['6513', '6513'], // real-estate agents and managers
    ],
    isDefault: false,
  },
  {
    code: 'livelihood',
    zh: '民生类',
    en: 'Public Livelihood',
    listRate: 3_800n,
    listCap: null,
    mccRanges: [
      ['4011', '4011'], // railways (freight)
      ['4111', '4112'], // local commuter transport, passenger rail
      ['4121', '4121'], // taxis
      ['4131', '4131'], // bus lines
      ['4784', '4784'], // road and bridge tolls
      ['4900', '4900'], // utilities: electricity, gas, water
      ['5411', '5411'], // supermarkets and grocery stores
      ['5541', '5542'], // service stations, automated fuel dispensers
    ],
    isDefault: false,
  },
  {
    code: 'public_welfare',
    zh: '公益类',
    en: 'Public Welfare',
    listRate: 0n,
    listCap: null,
    mccRanges: [
      ['8062', '8062'], // hospitals
      ['8211', '8299'], // schools and educational services
      ['8398', '8398'], // charitable and social-service organisations
      ['9211', '9399'], // courts, fines, tax, government services
    ],
    isDefault: false,
  },
];

/** Category codes in the order of {@link CATEGORIES}. */
export const CATEGORY_CODES: readonly CategoryCode[] = CATEGORIES.map((c) => c.code);

/** The definition of a category. @throws RangeError when `defs` lacks it. */
export function categoryDef(code: CategoryCode, defs: readonly CategoryDef[] = CATEGORIES): CategoryDef {
  const def = defs.find((d) => d.code === code);
  if (!def) throw new RangeError(`unknown category: ${code}`);
  return def;
}

/**
 * Reads a category as written in files or forms: the Chinese name (`餐娱类`, also without `类`),
 * the English code (`dining`, case-insensitive) or the English label. Null when unknown.
 */
export function parseCategory(s: string, defs: readonly CategoryDef[] = CATEGORIES): CategoryCode | null {
  const text = s.trim();
  if (text === '') return null;
  const lower = text.toLowerCase();
  for (const d of defs) {
    if (text === d.zh || `${text}类` === d.zh || lower === d.code || lower === d.en.toLowerCase())
      return d.code;
  }
  return null;
}

/**
 * The category an MCC belongs to: the first non-default category listing it, else the default
 * bucket (一般类). Null for anything that is not 4 digits.
 */
export function categoryOfMcc(mcc: string, defs: readonly CategoryDef[] = CATEGORIES): CategoryCode | null {
  if (!/^\d{4}$/.test(mcc)) return null;
  // Fixed-width digit strings compare like numbers, so ranges stay readable strings.
  const hit = defs.find((d) => !d.isDefault && d.mccRanges.some(([lo, hi]) => mcc >= lo && mcc <= hi));
  if (hit) return hit.code;
  return defs.find((d) => d.isDefault)?.code ?? null;
}

/** True when the MCC belongs to the category under `defs`. */
export function mccFitsCategory(
  mcc: string,
  code: CategoryCode,
  defs: readonly CategoryDef[] = CATEGORIES,
): boolean {
  return categoryOfMcc(mcc, defs) === code;
}

/** Discount (扣率优惠) of a merchant rate against its category's list rate: list − rate; negative above list. */
export function listRateDiscount(
  rate: RateMicros,
  code: CategoryCode,
  defs: readonly CategoryDef[] = CATEGORIES,
): RateMicros {
  return categoryDef(code, defs).listRate - rate;
}
