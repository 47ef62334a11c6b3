import type { Lang } from './i18n.ts';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** Money from the API's Decimal string, e.g. "1234.5" → "¥1,234.50"; exact (no float arithmetic). */
export function formatMoney(decimal: string, lang: Lang): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', frac = ''] = decimal.replace('-', '').split('.');
  const grouped = new Intl.NumberFormat(locale(lang)).format(BigInt(whole || '0'));
  return `${negative ? '-' : ''}¥${grouped}.${frac.padEnd(2, '0').slice(0, 2)}`;
}

/** Money rounded to whole yuan for chart labels: "97791.60" → "¥97,792". */
export function formatYuan(decimal: string, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(Number(decimal));
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

/** A measure with a fixed number of decimals: 1234.56 → "1,234.6" (digits = 1). */
export function formatDecimal(n: number, lang: Lang, digits: number): string {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/** A signed count: +2, -1, 0. */
export function formatDelta(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { signDisplay: 'exceptZero' }).format(n);
}

/** A rate as a decimal fraction string ("0.0078") shown as a percentage ("0.78%"); exact to 1e-6. */
export function formatRate(rate: string): string {
  const negative = rate.startsWith('-');
  const [whole = '0', frac = ''] = rate.replace('-', '').split('.');
  const micros = BigInt(whole || '0') * 1_000_000n + BigInt(frac.padEnd(6, '0').slice(0, 6));
  const pct = `${micros / 10_000n}.${String(micros % 10_000n).padStart(4, '0')}`.replace(/\.?0+$/, '');
  return `${negative && micros > 0n ? '-' : ''}${pct}%`;
}

// Dates and times: ONE format in both languages, the ISO order — "2026-12-07" for a date and
// "2026-12-07 14:05" (24-hour, China time) for a moment. The business dates from the API are already
// "YYYY-MM-DD"; timestamps go through the same parts so a page never shows two forms (the tester saw
// "2026/12/07" beside "12/07/2026" and "2026-12-07"). The language does not change it: an English
// reader of a Chinese acquirer's reports reads ISO dates without doubt about day and month.
const CHINA_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function chinaParts(iso: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = CHINA_TIME.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** A timestamp in China time: "2026-10-03 14:05" in either language (the `lang` is for symmetry). */
export function formatDateTime(iso: string, _lang?: Lang): string {
  const p = chinaParts(iso);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A date: "2026-10-03" as it is; a timestamp is taken as its date in China time. */
export function formatDate(dateOrIso: string, _lang?: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateOrIso)) return dateOrIso;
  const p = chinaParts(dateOrIso);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A span of minutes in at most two units: "1天2小时", "3小时5分", "45分" (zh) or "1d 2h", "3h 5m", "45m". */
export function formatDuration(minutes: number, lang: Lang): string {
  const m = Math.abs(Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const [d, h, n, sep] = lang === 'zh' ? ['天', '小时', '分', ''] : ['d', 'h', 'm', ' '];
  if (days > 0) return hours > 0 ? `${days}${d}${sep}${hours}${h}` : `${days}${d}`;
  if (hours > 0) return mins > 0 ? `${hours}${h}${sep}${mins}${n}` : `${hours}${h}`;
  return `${mins}${n}`;
}
