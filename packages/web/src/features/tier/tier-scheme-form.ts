// Pure shaping of the tier scheme editor: form values to the mutation's input and back, the shared
// rule's problems to form fields, and a scheme's levels as one line of text.
import { formatYuan, parseYuan } from '@cornerstone/shared/money/money';
import type { TierMeasure } from '@cornerstone/shared/tier/tier-scheme';
import {
  checkTierScheme,
  draftOfScheme,
  isSchemeMonth,
  TIER_SCHEME_PRESETS,
  type TierSchemeProblem,
} from '@cornerstone/shared/tier/tier-scheme-check';
import type { TierCode } from '../../gql/graphql.ts';
import type { MessageKey } from '../../lib/i18n.ts';

export interface SchemeLevelValues {
  tier: TierCode;
  zh: string;
  en: string;
  cumulativePercent?: number | null;
  minAmount?: string | null;
}

export interface SchemeFormValues {
  kind: 'SHARE' | 'THRESHOLD';
  measure: TierMeasure | null;
  effectiveFrom: string;
  levels: SchemeLevelValues[];
}

/** A scheme as the API returns it (`TierSchemeFields`). */
export interface SchemeShape {
  kind: 'SHARE' | 'THRESHOLD';
  measure?: TierMeasure | null;
  levels: readonly SchemeLevelValues[];
}

/** The editor's values of a preset, in force from `month`. */
export function presetValues(preset: keyof typeof TIER_SCHEME_PRESETS, month: string): SchemeFormValues {
  const d = draftOfScheme(TIER_SCHEME_PRESETS[preset]);
  return {
    kind: d.kind,
    measure: d.measure ?? null,
    effectiveFrom: month,
    levels: d.levels.map((l) => ({ ...l })),
  };
}

/** The editor's values of a stored scheme (to start from the one in force). */
export function schemeValues(s: SchemeShape, month: string): SchemeFormValues {
  return {
    kind: s.kind,
    measure: s.measure ?? null,
    effectiveFrom: month,
    levels: s.levels.map((l) => ({
      tier: l.tier,
      zh: l.zh,
      en: l.en,
      cumulativePercent: l.cumulativePercent ?? null,
      minAmount: l.minAmount ?? null,
    })),
  };
}

/** The problems the server would answer, found before sending: the same shared rule and codes. */
export function schemeProblems(v: SchemeFormValues): TierSchemeProblem[] {
  const { problems } = checkTierScheme(v);
  return isSchemeMonth(v.effectiveFrom.trim())
    ? problems
    : [...problems, { field: 'effectiveFrom', code: 'tierScheme.periodInvalid' }];
}

/** The mutation's input: only the kind's own values, amounts written with two decimals. */
export function schemeInput(v: SchemeFormValues) {
  const amount = (s: string | null | undefined) => {
    if (s == null || s.trim() === '') return null;
    try {
      return formatYuan(parseYuan(s));
    } catch {
      return s.trim();
    }
  };
  return {
    kind: v.kind,
    measure: v.kind === 'THRESHOLD' ? v.measure : null,
    effectiveFrom: v.effectiveFrom.trim(),
    levels: v.levels.map((l, i) => ({
      tier: l.tier,
      zh: l.zh.trim(),
      en: l.en.trim(),
      cumulativePercent: v.kind === 'SHARE' ? (l.cumulativePercent ?? null) : null,
      minAmount: v.kind === 'THRESHOLD' && i < v.levels.length - 1 ? amount(l.minAmount) : null,
    })),
  };
}

/** A problem's field (`levels[2].cumulativePercent`) as the form's field name path, or null for the form as a whole. */
export function formFieldOf(field: string): (string | number)[] | null {
  const m = /^levels\[(\d)\]\.(zh|en|cumulativePercent|minAmount)$/.exec(field);
  if (m) return ['levels', Number(m[1]), m[2]!];
  return field === 'measure' || field === 'effectiveFrom' ? [field] : null;
}

/** The levels of a scheme in one line: "重要客户 1% · 次要客户 20% …" or "钻石卡 ≥ ¥10,000,000 … · 金卡". */
export function levelsLine(s: SchemeShape, lang: 'zh' | 'en', money: (yuan: string) => string): string {
  return s.levels
    .map((l) => {
      const name = lang === 'zh' ? l.zh : l.en;
      if (s.kind === 'SHARE') return `${name} ${l.cumulativePercent}%`;
      return l.minAmount ? `${name} ≥ ${money(l.minAmount)}` : name;
    })
    .join(' · ');
}

type Say = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** "按利润排名占比" or "按交易金额门槛": how a scheme cuts, in words (`t` of useT). */
export function kindWords(t: Say, s: { kind: 'SHARE' | 'THRESHOLD'; measure?: TierMeasure | null }): string {
  return s.kind === 'SHARE'
    ? t('tierSchemeKind.SHARE')
    : t('tierSchemeKind.THRESHOLD', { measure: t(`tierMeasure.${s.measure ?? 'PROFIT'}`) });
}

/** "自 2026-09 起", or "自最初起" for the version in force from the beginning. */
export function sinceWords(t: Say, month: string | null | undefined): string {
  return month ? t('tierSchemeSince', { month }) : t('tierSchemeSinceStart');
}
