import { formatYuan } from '@cornerstone/shared/money/money';
import type { Period } from '@cornerstone/shared/period/period';
import type { ShareScheme, TierCode, TierMeasure, TierScheme } from '@cornerstone/shared/tier/tier-scheme';
import { checkTierScheme, draftOfScheme } from '@cornerstone/shared/tier/tier-scheme-check';
import type { SqlRows } from '../platform/db/replicas.ts';

/** A stored version of the tier scheme (table tier_scheme). */
export type StoredScheme = TierScheme & {
  id: number;
  /** The first month (YYYY-MM) it applies to; null: from the beginning. */
  effectiveFrom: string | null;
  createdBy: string;
  createdAt: string;
};

export type SchemeRow = {
  id: number;
  kind: 'SHARE' | 'THRESHOLD';
  measure: TierMeasure | null;
  effective_from: string | null;
  created_by: string;
  created_at: string;
  tier: TierCode;
  zh: string;
  en: string;
  bp: number | null;
  min_fen: string | null;
};

/**
 * SQL of the levels of the versions `versions` (a relation of tier_scheme rows), one row per level in
 * tier_level's order: the codes and their order come from tier_level, which the maintenance cadence
 * and tasks refer to, and a version naming a code out of place is caught by `schemeOfRows`.
 */
export const schemeLevelsSql = (versions: string) => `
  select s.id, s.kind, s.measure, s.effective_from, s.created_by,
         to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
         l.tier, x.zh, x.en, x."cumulativeBp" as bp, x."minFen" as min_fen, l.position
  from ${versions} s
  cross join lateral jsonb_to_recordset(s.levels)
    as x(tier text, zh text, en text, "cumulativeBp" int, "minFen" text)
  join tier_level l on l.tier = x.tier`;

/** The versions of `rows` (levels of one or more versions, each version's levels in order). */
export function schemesOfRows(rows: readonly SchemeRow[]): StoredScheme[] {
  const byId = new Map<number, SchemeRow[]>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return [...byId.values()].map((levels) => {
    const head = levels[0]!;
    const scheme: TierScheme =
      head.kind === 'SHARE'
        ? {
            kind: 'share',
            tiers: levels.map((l) => ({ code: l.tier, zh: l.zh, en: l.en, cumulativeBp: Number(l.bp) })),
          }
        : {
            kind: 'threshold',
            measure: head.measure!,
            tiers: levels.map((l) => ({
              code: l.tier,
              zh: l.zh,
              en: l.en,
              minFen: BigInt(l.min_fen ?? '0'),
            })),
          };
    // What was written through setTierScheme was checked then; this guards hand edits of the table.
    const { problems } = checkTierScheme(draftOfScheme(scheme));
    if (problems.length)
      throw new Error(
        `tier_scheme ${head.id} is not a valid scheme: ${problems.map((p) => p.field).join(', ')}`,
      );
    return {
      ...scheme,
      id: head.id,
      effectiveFrom: head.effective_from,
      createdBy: head.created_by,
      createdAt: head.created_at,
    };
  });
}

/** The month a period's scheme is chosen by: the scheme in force at the period's end. */
export const schemeMonth = (period: Period) => period.end.slice(0, 7);

/**
 * SQL of the levels of the tier scheme of a period, its parameter the month of `schemeMonth`: the
 * latest version whose first month is not after the period's end (a quarter or year straddling a
 * change is cut as its last month is). Unordered: order by `position`.
 */
export const schemeInForceSql =
  schemeLevelsSql(`(select * from tier_scheme where effective_from is null or effective_from <= ?
        order by effective_from desc nulls last, id desc limit 1)`);

/** The scheme of the rows of `schemeInForceSql`. */
export function schemeInForce(rows: readonly SchemeRow[]): StoredScheme {
  const [scheme] = schemesOfRows(rows);
  if (!scheme) throw new Error('no tier scheme is in force');
  return scheme;
}

/** The tier scheme of a period (`schemeInForceSql`). */
export async function loadScheme(read: SqlRows, period: Period): Promise<StoredScheme> {
  return schemeInForce(
    await read<SchemeRow>(`${schemeInForceSql} order by l.position`, [schemeMonth(period)]),
  );
}

/** A stable text of a scheme's cut and names, for result-cache keys (minimums are bigints). */
export const schemeKey = (scheme: TierScheme) =>
  JSON.stringify(scheme.tiers, (_, v) => (typeof v === 'bigint' ? String(v) : v)) +
  (scheme.kind === 'threshold' ? scheme.measure : '');

/**
 * SQL of the last rank a tier of cumulative share `bp` (basis points) reaches among `n` merchants:
 * rank r is within it when r/N ≤ bp/10000, i.e. r ≤ ⌊bp·n / 10000⌋ (`tierOfRank` in shared).
 */
export function tierLastRankSql(bp: string, n: string): string {
  return `((${bp})::bigint * (${n}) / 10000)`;
}

/**
 * SQL CASE giving the tier of a ranked merchant: for a share scheme, of rank `r` among `n`
 * (docs/contract.md: the first tier whose cumulative share ≥ r/N) in integer arithmetic exactly as
 * `tierOfRank` in shared; for a threshold scheme, of its measure `measure` in yuan (numeric, exact)
 * as `assignThresholdTier`: the first level whose minimum it reaches, the bottom one otherwise.
 */
export function tierCaseSql(scheme: TierScheme | ShareScheme, r = 'r', n = 'n', measure = 'measure'): string {
  if (scheme.kind === 'share') {
    const whens = scheme.tiers.map(
      (t) => `when ${r} <= ${tierLastRankSql(String(Number(t.cumulativeBp)), n)} then '${t.code}'`,
    );
    return `case ${whens.join(' ')} end`;
  }
  const whens = scheme.tiers
    .slice(0, -1)
    .map((t) => `when ${measure} >= ${formatYuan(t.minFen)}::numeric then '${t.code}'`);
  return `case ${whens.join(' ')} else '${scheme.tiers.at(-1)!.code}' end`;
}

/**
 * SQL `(tier, cutoff)` of the ranked merchants `ranked` (a relation with tier and profit): each
 * tier's cut-off is the profit of its lowest-ranked merchant, as `tierCutoffs` in shared. Empty
 * tiers have no row.
 */
export function tierCutoffsSql(ranked: string): string {
  return `select tier, min(profit) as cutoff from ${ranked} group by tier`;
}
