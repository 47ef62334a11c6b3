// 流失预警 helpers: reasons in the UI language, the back-test's calibration chart, deciles and
// signals shaped for the tables, free of React.
import type { AtRiskOrder } from '../../gql/graphql.ts';
import type { Lang } from '../../lib/i18n.ts';

/** A score from this on is shown in red: more likely to leave than to stay. */
export const HIGH_SCORE = 0.5;

export const AT_RISK_ORDERS: readonly AtRiskOrder[] = ['VALUE_AT_RISK', 'SCORE'];

/** The order in the URL, or the server's default (value at risk) when absent or unknown. */
export function atRiskOrder(raw: string | undefined): AtRiskOrder {
  return AT_RISK_ORDERS.find((o) => o === raw) ?? 'VALUE_AT_RISK';
}

export interface Reason {
  key: string;
  weight: number;
  zh: string;
  en: string;
}

/** A reason's words in the UI language (the other language only if the server left that one empty). */
export function reasonText(r: Pick<Reason, 'zh' | 'en'>, lang: Lang): string {
  const own = lang === 'zh' ? r.zh : r.en;
  return own || (lang === 'zh' ? r.en : r.zh);
}

/** The reasons heaviest first, as the server ranks them, whatever order they arrive in. */
export function reasonsByWeight<R extends Pick<Reason, 'weight'>>(reasons: readonly R[]): R[] {
  return [...reasons].sort((a, b) => b.weight - a.weight);
}

/** Which scope pickers a role gets: an account manager sees only own merchants, a branch manager one branch. */
export function scopeFieldsFor(role: string): readonly ('branch' | 'manager')[] {
  if (role === 'account_manager') return [];
  if (role === 'branch_manager') return ['manager'];
  return ['branch', 'manager'];
}

export interface Decile {
  decile: number;
  count: number;
  sumPredicted: number;
  sumActual: number;
}

export interface DecileRow extends Decile {
  /** Per merchant, so deciles of different sizes compare. */
  meanPredicted: number;
  meanActual: number;
}

/** The deciles in order (1 = highest forecast) with the means per merchant. */
export function decileRows(deciles: readonly Decile[]): DecileRow[] {
  return [...deciles]
    .sort((a, b) => a.decile - b.decile)
    .map((d) => ({
      ...d,
      meanPredicted: d.count ? d.sumPredicted / d.count : 0,
      meanActual: d.count ? d.sumActual / d.count : 0,
    }));
}

/** The totals row under the deciles: merchants and active months, predicted and actual. */
export function decileTotals(deciles: readonly Decile[]): Omit<Decile, 'decile'> {
  return deciles.reduce(
    (t, d) => ({
      count: t.count + d.count,
      sumPredicted: t.sumPredicted + d.sumPredicted,
      sumActual: t.sumActual + d.sumActual,
    }),
    { count: 0, sumPredicted: 0, sumActual: 0 },
  );
}

export interface CalibrationSeries {
  /** "1" … "10", highest forecast first. */
  categories: string[];
  /** Active months, one decimal. */
  predicted: number[];
  actual: number[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The calibration chart's bars: predicted beside actual active months, decile by decile. */
export function buildCalibrationSeries(deciles: readonly Decile[]): CalibrationSeries {
  const rows = decileRows(deciles);
  return {
    categories: rows.map((d) => String(d.decile)),
    predicted: rows.map((d) => oneDecimal(d.sumPredicted)),
    actual: rows.map((d) => oneDecimal(d.sumActual)),
  };
}

export const SIGNAL_KEYS = ['pAlive', 'rule', 'score'] as const;
export type SignalKey = (typeof SIGNAL_KEYS)[number];

export function isSignalKey(key: string): key is SignalKey {
  return (SIGNAL_KEYS as readonly string[]).includes(key);
}

/** The signals in a fixed order (the model, the rule in use, the score), any other after them. */
export function orderSignals<S extends { key: string }>(signals: readonly S[]): S[] {
  const rank = (k: string) => (isSignalKey(k) ? SIGNAL_KEYS.indexOf(k) : SIGNAL_KEYS.length);
  return [...signals].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** An AUC to three decimals; none ("–") when the holdout had one class only. */
export function formatAuc(auc: number | null | undefined): string {
  return auc === null || auc === undefined || !Number.isFinite(auc) ? '–' : auc.toFixed(3);
}

/** The signal that ranks the leavers best by AUC, for the table's highlight; none when no AUC is known. */
export function bestSignal(signals: readonly { key: string; auc?: number | null }[]): string | null {
  let best: { key: string; auc: number } | null = null;
  for (const s of signals) {
    if (typeof s.auc === 'number' && Number.isFinite(s.auc) && (!best || s.auc > best.auc))
      best = { key: s.key, auc: s.auc };
  }
  return best?.key ?? null;
}
