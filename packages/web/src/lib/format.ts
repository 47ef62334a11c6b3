import type { Lang } from './i18n.ts';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** Money from the API's Decimal string, e.g. "1234.5" → "¥1,234.50"; exact for display (no arithmetic). */
export function formatMoney(decimal: string, lang: Lang): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', frac = ''] = decimal.replace('-', '').split('.');
  const grouped = new Intl.NumberFormat(locale(lang)).format(BigInt(whole));
  return `${negative ? '-' : ''}¥${grouped}.${frac.padEnd(2, '0').slice(0, 2)}`;
}

/** A share 0..1 as a percentage: 0.123 → "12.3%". */
export function formatShare(share: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

/** A rate as a decimal fraction string ("0.0078") shown as a percentage ("0.78%"). */
export function formatRate(rate: string): string {
  const [whole = '0', frac = ''] = rate.split('.');
  const micros = BigInt(whole) * 1_000_000n + BigInt(frac.padEnd(6, '0').slice(0, 6) || '0');
  // 1% is 10,000 micros; at most 4 decimals of a percent.
  return `${Number((Number(micros) / 10_000).toFixed(4))}%`;
}
