// 增值服务 helpers: recommendation rows and the peer benchmark report, free of React.
import { BENCHMARK_METRICS, type BenchmarkMetric } from '@cornerstone/shared/value/benchmark';
import type { PastOffer } from '@cornerstone/shared/value/recommend';
import { formatMoney, formatRate, formatShare } from '../../lib/format.ts';
import { type Lang, translate } from '../../lib/i18n.ts';

export type OfferOutcome = PastOffer['outcome'];
// The buttons' order; shared names the outcomes (PastOffer) but keeps no list of them yet.
export const OFFER_OUTCOMES: readonly OfferOutcome[] = ['offered', 'accepted', 'declined'];

export function isBenchmarkMetric(m: string): m is BenchmarkMetric {
  return (BENCHMARK_METRICS as readonly string[]).includes(m);
}

/** A product's name in the UI language. */
export function productName(p: { nameZh: string; nameEn: string }, lang: Lang): string {
  return lang === 'zh' ? p.nameZh : p.nameEn;
}

/** A recommendation's reasons in the UI language (the other language when that one is empty). */
export function reasonsIn(r: { reasonsZh: readonly string[]; reasonsEn: readonly string[] }, lang: Lang) {
  const own = lang === 'zh' ? r.reasonsZh : r.reasonsEn;
  return own.length ? own : lang === 'zh' ? r.reasonsEn : r.reasonsZh;
}

/** Held product codes shown by name where the catalogue knows them, in the catalogue's order. */
export function heldProducts(
  codes: readonly string[],
  catalogue: readonly { code: string; nameZh: string; nameEn: string }[],
  lang: Lang,
): { code: string; name: string }[] {
  const order = new Map(catalogue.map((p, i) => [p.code, i]));
  return [...codes]
    .sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b))
    .map((code) => {
      const p = catalogue.find((x) => x.code === code);
      return { code, name: p ? productName(p, lang) : code };
    });
}

/** A share 0..1 as a whole percentage 0..100, clamped; null stays null. */
export function wholePercent(share: number | null | undefined): number | null {
  if (share === null || share === undefined || Number.isNaN(share)) return null;
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

/** "高于 62% 同业" / "above 62% of peers"; without a percentile, that there is nothing to compare. */
export function percentileWording(percentile: number | null | undefined, lang: Lang): string {
  const p = wholePercent(percentile);
  return p === null ? translate(lang, 'noPeerComparison') : translate(lang, 'aboveOfPeers', { p });
}

/** Yuan as a number (the benchmark's floats) formatted as money: 1234.5 → "¥1,234.50". */
export function formatYuanAmount(yuan: number, lang: Lang): string {
  return formatMoney(yuan.toFixed(2), lang);
}

/** A benchmark value as the report shows it: money, a signed growth, or a fee rate. */
export function formatMetric(metric: string, value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  switch (metric) {
    case 'amount':
    case 'ticket':
      return formatYuanAmount(value, lang);
    case 'growth':
      return `${value > 0 ? '+' : ''}${formatShare(value, lang)}`;
    case 'feeRate':
      return formatRate(value.toFixed(6));
    default:
      return String(value);
  }
}

/** Where a percentile stands: the colour of its bar (fee rate is neutral: higher is not better or worse). */
export function standing(metric: string, percentile: number | null | undefined): string {
  if (percentile === null || percentile === undefined) return '#d9d9d9';
  if (metric === 'feeRate') return '#1677ff';
  if (percentile >= 0.75) return '#389e0d';
  if (percentile >= 0.5) return '#1677ff';
  if (percentile >= 0.25) return '#d48806';
  return '#cf1322';
}

/** The merchant's fee rate against the category's company-wide rate, in percentage points. */
export function feeRateGap(
  rate: number | null | undefined,
  categoryRate: number | null | undefined,
): { points: number; direction: 'above' | 'below' | 'equal' } | null {
  if (rate === null || rate === undefined || categoryRate === null || categoryRate === undefined) return null;
  // Percentage points to two decimals, so 0.6% vs 0.55% is 0.05, not 0.04999….
  const points = Math.round((rate - categoryRate) * 10_000) / 100;
  if (points === 0) return { points: 0, direction: 'equal' };
  return { points: Math.abs(points), direction: points > 0 ? 'above' : 'below' };
}

/** "比本类别全公司平均高 0.05 个百分点" and the like. */
export function feeRateGapWording(
  rate: number | null | undefined,
  categoryRate: number | null | undefined,
  lang: Lang,
): string {
  const gap = feeRateGap(rate, categoryRate);
  if (!gap) return translate(lang, 'feeGapUnknown');
  if (gap.direction === 'equal') return translate(lang, 'feeGapEqual');
  const points = gap.points.toFixed(2);
  return translate(lang, gap.direction === 'above' ? 'feeGapAbove' : 'feeGapBelow', { points });
}

/** The metrics in the report's order, whatever order the server sends them in. */
export function orderMetrics<M extends { metric: string }>(metrics: readonly M[]): M[] {
  const rank = (m: string) => (isBenchmarkMetric(m) ? BENCHMARK_METRICS.indexOf(m) : 99);
  return [...metrics].sort((a, b) => rank(a.metric) - rank(b.metric));
}
