import { type ShareScheme, shareSchemeProblems, type TierCode } from '@cornerstone/shared/tier/tier-scheme';

/** The tier scheme as stored (tier_level), cumulative shares in basis points, top tier first. */
export async function loadScheme(
  exec: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<ShareScheme> {
  const rows = await exec('select tier, name_zh, name_en, cumulative_bp from tier_level order by position');
  const scheme: ShareScheme = {
    kind: 'share',
    tiers: rows.map((r) => ({
      code: r.tier as TierCode,
      zh: String(r.name_zh),
      en: String(r.name_en),
      cumulativeBp: Number(r.cumulative_bp),
    })),
  };
  const problems = shareSchemeProblems(scheme);
  if (problems.length) throw new Error(`tier_level is not a valid scheme: ${problems.join('; ')}`);
  return scheme;
}

/**
 * SQL of the last rank a tier of cumulative share `bp` (basis points) reaches among `n` merchants:
 * rank r is within it when r/N ≤ bp/10000, i.e. r ≤ ⌊bp·n / 10000⌋ (`tierOfRank` in shared).
 */
export function tierLastRankSql(bp: string, n: string): string {
  return `((${bp})::bigint * (${n}) / 10000)`;
}

/**
 * SQL CASE giving the tier of rank `r` among `n` (docs/contract.md: the first tier whose cumulative
 * share ≥ r/N), in integer arithmetic exactly as `tierOfRank` in shared.
 */
export function tierCaseSql(scheme: ShareScheme, r = 'r', n = 'n'): string {
  const whens = scheme.tiers.map(
    (t) => `when ${r} <= ${tierLastRankSql(String(Number(t.cumulativeBp)), n)} then '${t.code}'`,
  );
  return `case ${whens.join(' ')} end`;
}

/**
 * SQL `(tier, cutoff)` of the ranked merchants `ranked` (a relation with tier and profit): each
 * tier's cut-off is the profit of its lowest-ranked merchant, as `tierCutoffs` in shared. Empty
 * tiers have no row.
 */
export function tierCutoffsSql(ranked: string): string {
  return `select tier, min(profit) as cutoff from ${ranked} group by tier`;
}
