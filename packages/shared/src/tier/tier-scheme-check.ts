import { type Fen, formatYuan, MoneyFormatError, parseYuan } from '../money/money.ts';
import {
  CARD_LEVEL_SCHEME,
  DEFAULT_SCHEME,
  TIER_CODES,
  TIER_MEASURES,
  type TierCode,
  type TierMeasure,
  type TierScheme,
} from './tier-scheme.ts';
import type { TierSchemeProblemCode } from './tier-scheme-problems.ts';

/** A tier scheme as an administrator edits it: shares in percent, thresholds in yuan. */
export interface TierSchemeDraft {
  kind: 'SHARE' | 'THRESHOLD';
  measure?: TierMeasure | null | undefined;
  levels: readonly {
    tier: TierCode;
    zh: string;
    en: string;
    /** SHARE: the cumulative share of merchants up to this level, percent with at most 2 decimals. */
    cumulativePercent?: number | null | undefined;
    /** THRESHOLD: the minimum of the measure in yuan; ignored for the bottom level (everyone else). */
    minAmount?: string | null | undefined;
  }[];
}

/** A problem of a draft, with the field it belongs to (e.g. `levels[1].cumulativePercent`). */
export interface TierSchemeProblem {
  field: string;
  code: TierSchemeProblemCode;
  params?: Record<string, string | number>;
}

const NAME_MAX = 20;

/** The percent of a basis-point share as text: 2000 → "20", 3333 → "33.33". */
export const percentOfBp = (bp: number) => String(bp / 100);

/**
 * The scheme a draft describes, or its problems (one per field, nothing half-valid): exactly the four
 * tier codes top first, each named in both languages; shares rising to 100% in steps of 0.01%;
 * thresholds above 0 and strictly falling from the top, the bottom level taking everyone else.
 */
export function checkTierScheme(
  draft: TierSchemeDraft,
): { scheme: TierScheme; problems: [] } | { scheme: null; problems: TierSchemeProblem[] } {
  const problems: TierSchemeProblem[] = [];
  const levels = draft.levels;
  if (levels.length !== TIER_CODES.length || levels.some((l, i) => l.tier !== TIER_CODES[i]))
    return {
      scheme: null,
      problems: [{ field: 'levels', code: 'tierScheme.levels', params: { codes: TIER_CODES.join(', ') } }],
    };
  levels.forEach((l, i) => {
    for (const lang of ['zh', 'en'] as const) {
      const name = l[lang].trim();
      if (name.length === 0 || name.length > NAME_MAX)
        problems.push({ field: `levels[${i}].${lang}`, code: 'tierScheme.nameMissing' });
    }
  });
  const names = (i: number) => ({ code: TIER_CODES[i]!, zh: levels[i]!.zh.trim(), en: levels[i]!.en.trim() });
  if (draft.kind === 'SHARE') {
    const bps: number[] = [];
    levels.forEach((l, i) => {
      const field = `levels[${i}].cumulativePercent`;
      const pct = l.cumulativePercent;
      const bp = pct == null || !Number.isFinite(pct) ? Number.NaN : Math.round(pct * 100);
      const previous = bps.at(-1) ?? 0;
      if (Number.isNaN(bp) || bp <= previous || bp > 10_000)
        problems.push({
          field,
          code: 'tierScheme.shareNotRising',
          params: { previous: percentOfBp(previous) },
        });
      // Shares are whole basis points so the cut is integer math; 33.333% would silently become 33.33%.
      else if (Math.abs(pct! * 100 - bp) > 1e-6) problems.push({ field, code: 'tierScheme.shareStep' });
      else if (i === levels.length - 1 && bp !== 10_000)
        problems.push({ field, code: 'tierScheme.shareLastNotFull' });
      bps.push(Number.isNaN(bp) ? previous : bp);
    });
    if (problems.length) return { scheme: null, problems };
    return {
      scheme: { kind: 'share', tiers: bps.map((cumulativeBp, i) => ({ ...names(i), cumulativeBp })) },
      problems: [],
    };
  }
  if (!draft.measure || !TIER_MEASURES.includes(draft.measure))
    problems.push({ field: 'measure', code: 'tierScheme.measureMissing' });
  const mins: Fen[] = [];
  for (const [i, l] of levels.entries()) {
    // The bottom level takes everyone the levels above do not: it has no minimum of its own.
    if (i === levels.length - 1) {
      mins.push(0n);
      continue;
    }
    const field = `levels[${i}].minAmount`;
    let fen: Fen | null = null;
    try {
      fen = l.minAmount == null ? null : parseYuan(l.minAmount);
    } catch (e) {
      if (!(e instanceof MoneyFormatError)) throw e;
    }
    const previous = mins.at(-1);
    if (fen === null || fen <= 0n) problems.push({ field, code: 'tierScheme.thresholdNotPositive' });
    else if (previous !== undefined && fen >= previous)
      problems.push({
        field,
        code: 'tierScheme.thresholdNotFalling',
        params: { previous: formatYuan(previous) },
      });
    mins.push(fen ?? 0n);
  }
  if (problems.length || !draft.measure) return { scheme: null, problems };
  return {
    scheme: {
      kind: 'threshold',
      measure: draft.measure,
      tiers: mins.map((minFen, i) => ({ ...names(i), minFen })),
    },
    problems: [],
  };
}

/** The draft a scheme is edited from (the inverse of `checkTierScheme`). */
export function draftOfScheme(scheme: TierScheme): TierSchemeDraft {
  if (scheme.kind === 'share')
    return {
      kind: 'SHARE',
      measure: null,
      levels: scheme.tiers.map((t) => ({
        tier: t.code,
        zh: t.zh,
        en: t.en,
        cumulativePercent: t.cumulativeBp / 100,
      })),
    };
  return {
    kind: 'THRESHOLD',
    measure: scheme.measure,
    levels: scheme.tiers.map((t, i) => ({
      tier: t.code,
      zh: t.zh,
      en: t.en,
      minAmount: i === scheme.tiers.length - 1 ? null : formatYuan(t.minFen),
    })),
  };
}

/** The presets the editor offers: the seed's 1/19/30/50 shares and the bank card levels. */
export const TIER_SCHEME_PRESETS = {
  default: DEFAULT_SCHEME,
  cardLevels: CARD_LEVEL_SCHEME,
} as const satisfies Record<string, TierScheme>;

/** A valid month `YYYY-MM` (the first period a scheme applies to). */
export const isSchemeMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
