// 积分规则: the points table as the settings page shows and edits it. Money stays a Decimal string
// and discounts are shown in percent, converted exactly (integers of micros, never a float).
import { formatMoney, formatRate } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

/** A row of the table as the API answers it (the fields the page reads). */
export interface PointsRuleRow {
  code: string;
  category?: string | null;
  feePlan: string;
  cap?: string | null;
  discountBelow?: string | null;
  discountAtLeast?: string | null;
  amountThreshold?: string | null;
  cappedCountN?: number | null;
}

/** A row in the editor: amounts as entered (yuan strings), discounts in percent. */
export interface PointsRuleValues {
  code: string;
  category: string | null;
  feePlan: string;
  cap: string | null;
  discountAtLeastPct: string | null;
  discountBelowPct: string | null;
  amountThreshold: string | null;
  cappedCountN: number | null;
}

/** The fields of an editor row, as the server names them under `rules.<i>.` (the percent ones mapped). */
export const RULE_FIELDS = [
  'code',
  'category',
  'feePlan',
  'cap',
  'discountAtLeast',
  'discountBelow',
  'amountThreshold',
  'cappedCountN',
] as const;

const editorName: Record<(typeof RULE_FIELDS)[number], keyof PointsRuleValues> = {
  code: 'code',
  category: 'category',
  feePlan: 'feePlan',
  cap: 'cap',
  discountAtLeast: 'discountAtLeastPct',
  discountBelow: 'discountBelowPct',
  amountThreshold: 'amountThreshold',
  cappedCountN: 'cappedCountN',
};

/** Every field name the server may report for a table of `rows` rows. */
export const tableFields = (rows: number): string[] => [
  'effectiveFrom',
  'rules',
  ...Array.from({ length: rows }, (_, i) => RULE_FIELDS.map((f) => `rules.${i}.${f}`)).flat(),
];

/** The form's name of a server field: `rules.2.discountBelow` → ['rules', 2, 'discountBelowPct']. */
export function formName(field: string): (string | number)[] {
  const m = /^rules\.(\d+)\.(\w+)$/.exec(field);
  if (!m) return [field];
  return ['rules', Number(m[1]), editorName[m[2] as (typeof RULE_FIELDS)[number]] ?? m[2]!];
}

/** "0.0008" (a fraction) → "0.08" (percent), exactly. */
export const rateToPercent = (rate: string): string => formatRate(rate).replace('%', '');

/**
 * "0.08" (percent) → "0.0008" (a fraction), exactly: at most 4 decimals of a percent are micros.
 * Anything that is not such a number goes as it is, for the server to refuse under its field.
 */
export function percentToRate(pct: string): string {
  const m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(pct.trim());
  if (!m) return pct;
  const micros = BigInt(m[1]!) * 10_000n + BigInt((m[2] ?? '').padEnd(4, '0'));
  const whole = micros / 1_000_000n;
  const frac = String(micros % 1_000_000n)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

export const toValues = (r: PointsRuleRow): PointsRuleValues => ({
  code: r.code,
  category: r.category ?? null,
  feePlan: r.feePlan,
  cap: r.cap ?? null,
  discountAtLeastPct: r.discountAtLeast != null ? rateToPercent(r.discountAtLeast) : null,
  discountBelowPct: r.discountBelow != null ? rateToPercent(r.discountBelow) : null,
  amountThreshold: r.amountThreshold ?? null,
  cappedCountN: r.cappedCountN ?? null,
});

const blank = (s: string | null | undefined) =>
  s == null || String(s).trim() === '' ? null : String(s).trim();

/** The mutation's row: empty fields null, percent back to fractions. */
export const toInput = (v: PointsRuleValues) => ({
  code: v.code?.trim() ?? '',
  category: v.category ?? null,
  feePlan: v.feePlan,
  cap: blank(v.cap),
  discountAtLeast: blank(v.discountAtLeastPct) && percentToRate(blank(v.discountAtLeastPct)!),
  discountBelow: blank(v.discountBelowPct) && percentToRate(blank(v.discountBelowPct)!),
  amountThreshold: blank(v.amountThreshold),
  cappedCountN: v.cappedCountN ?? null,
});

/** An amount of the table: whole yuan without decimals ("10000.00" → "¥10,000"), cents when it has them. */
export function amountWords(decimal: string, lang: Lang): string {
  const money = formatMoney(decimal, lang);
  return money.endsWith('.00') ? money.slice(0, -3) : money;
}

/** The parts of a plan's words, in DOMAIN.md's order: category, plan (with its cap), discount band. */
export function planParts(r: PointsRuleRow): {
  category: string | null;
  plan: { key: 'ptableRate' } | { key: 'ptableCapped'; cap: string } | { key: 'ptableCappedAny' };
  band: { key: 'ptableDiscountAtLeast' | 'ptableDiscountBelow'; rate: string }[];
} {
  const band: { key: 'ptableDiscountAtLeast' | 'ptableDiscountBelow'; rate: string }[] = [];
  if (r.discountAtLeast != null)
    band.push({ key: 'ptableDiscountAtLeast', rate: formatRate(r.discountAtLeast) });
  if (r.discountBelow != null) band.push({ key: 'ptableDiscountBelow', rate: formatRate(r.discountBelow) });
  const plan =
    r.feePlan !== 'capped'
      ? ({ key: 'ptableRate' } as const)
      : r.cap != null
        ? ({ key: 'ptableCapped', cap: r.cap } as const)
        : ({ key: 'ptableCappedAny' } as const);
  return { category: r.category ?? null, plan, band };
}
