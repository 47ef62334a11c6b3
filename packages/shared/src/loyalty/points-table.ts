import type { FeePlanKind } from '../merchant/merchant-rules.ts';
import type { Fen, RateMicros } from '../money/money.ts';
import { isValidDate } from '../period/period.ts';
import type { Problem } from '../problems.ts';
import type { PointsMatch, PointsRule } from './points.ts';

/** The most rows one points table holds (a handful today; room for a branch-by-branch table). */
export const MAX_POINTS_RULES = 100;

/**
 * One row of a points table as an administrator enters it, before it is checked: the category and
 * the fee plan are whatever was sent. `code` is the rule's name on the ledger entries it earns.
 */
export interface PointsRuleDraft {
  code: string;
  category: string | null;
  feePlan: string;
  cap: Fen | null;
  discountBelow: RateMicros | null;
  discountAtLeast: RateMicros | null;
  amountThreshold: Fen | null;
  cappedCountN: number | null;
}

/** A problem of the table, under its field: `rules.<row>.<field>` (row from 0) or `effectiveFrom`. */
export type PointsTableProblem = Problem & { field: string };

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const FEE_PLANS: readonly string[] = ['rate', 'capped'] satisfies FeePlanKind[];

/**
 * Whether some merchant could match both rules on one date: the same fee plan, categories and caps
 * that are equal or left open, and discount bands [atLeast, below) that meet. Two such rows would
 * make the earning depend on the order of the table, so a table never holds them.
 */
export function matchesOverlap(a: PointsMatch, b: PointsMatch): boolean {
  if (a.feePlan !== b.feePlan) return false;
  if (a.category !== undefined && b.category !== undefined && a.category !== b.category) return false;
  if (a.cap !== undefined && b.cap !== undefined && a.cap !== b.cap) return false;
  // Bands are [atLeast, below): they meet unless one ends at or before the other starts.
  if (
    a.discountBelow !== undefined &&
    b.discountAtLeast !== undefined &&
    a.discountBelow <= b.discountAtLeast
  )
    return false;
  if (
    b.discountBelow !== undefined &&
    a.discountAtLeast !== undefined &&
    b.discountBelow <= a.discountAtLeast
  )
    return false;
  return true;
}

/** The match of a draft (its category and fee plan already checked). */
export function draftMatch(d: PointsRuleDraft): PointsMatch {
  return {
    feePlan: d.feePlan as FeePlanKind,
    ...(d.category !== null ? { category: d.category as PointsMatch['category'] } : {}),
    ...(d.cap !== null ? { cap: d.cap } : {}),
    ...(d.discountBelow !== null ? { discountBelow: d.discountBelow } : {}),
    ...(d.discountAtLeast !== null ? { discountAtLeast: d.discountAtLeast } : {}),
  };
}

/** A checked draft as a rule of the table in force from `validFrom`. */
export function draftRule(d: PointsRuleDraft, validFrom: string): PointsRule {
  return {
    id: d.code,
    match: draftMatch(d),
    amountThreshold: d.amountThreshold,
    cappedCountN: d.cappedCountN,
    validFrom,
    validTo: null,
  };
}

/** A rule of the table as the draft that would enter it again (the form starts from these). */
export function ruleDraft(r: PointsRule): PointsRuleDraft {
  return {
    code: r.id,
    category: r.match.category ?? null,
    feePlan: r.match.feePlan,
    cap: r.match.cap ?? null,
    discountBelow: r.match.discountBelow ?? null,
    discountAtLeast: r.match.discountAtLeast ?? null,
    amountThreshold: r.amountThreshold,
    cappedCountN: r.cappedCountN,
  };
}

/** The problems of one row alone, fields named `rules.<i>.<field>`. */
function rowProblems(d: PointsRuleDraft, i: number, categories: readonly string[]): PointsTableProblem[] {
  const out: PointsTableProblem[] = [];
  const at = (field: string, code: Problem['code'], params?: Problem['params']) =>
    out.push({ field: `rules.${i}.${field}`, code, ...(params ? { params } : {}) });
  if (!CODE.test(d.code)) at('code', 'pointsRule.codeInvalid');
  if (d.category !== null && !categories.includes(d.category))
    at('category', 'pointsRule.categoryUnknown', { category: d.category.slice(0, 40) });
  if (!FEE_PLANS.includes(d.feePlan)) at('feePlan', 'pointsRule.feePlanUnknown');
  // A rate-plan merchant has no cap, so a cap on a rate row would match nobody.
  if (d.cap !== null && d.feePlan !== 'capped') at('cap', 'pointsRule.capOnlyCapped');
  else if (d.cap !== null && d.cap <= 0n) at('cap', 'pointsRule.amountPositive');
  if (d.amountThreshold !== null && d.amountThreshold <= 0n)
    at('amountThreshold', 'pointsRule.amountPositive');
  if (d.cappedCountN !== null && !(Number.isSafeInteger(d.cappedCountN) && d.cappedCountN >= 1))
    at('cappedCountN', 'pointsRule.countWhole');
  if (d.amountThreshold === null && d.cappedCountN === null) at('amountThreshold', 'pointsRule.earnsNothing');
  if (d.discountBelow !== null && d.discountAtLeast !== null && d.discountAtLeast >= d.discountBelow)
    at('discountBelow', 'pointsRule.bandEmpty');
  return out;
}

/**
 * Every problem of a points table entered to take effect from `effectiveFrom` (on or after
 * `today`): each row alone (an amount above ¥0, a count of 1 or more, at least one of the two, a
 * category that exists, a band that is not empty), codes unique, and no two rows that could match
 * the same merchant — the later row is refused, naming the earlier. `categories`: the codes of the
 * category table.
 */
export function pointsTableProblems(
  drafts: readonly PointsRuleDraft[],
  categories: readonly string[],
  effectiveFrom: string,
  today: string,
): PointsTableProblem[] {
  const out: PointsTableProblem[] = [];
  if (!isValidDate(effectiveFrom)) out.push({ field: 'effectiveFrom', code: 'date.invalid' });
  else if (effectiveFrom < today)
    out.push({ field: 'effectiveFrom', code: 'pointsRule.beforeToday', params: { today } });
  if (drafts.length === 0) out.push({ field: 'rules', code: 'pointsRule.tableEmpty' });
  if (drafts.length > MAX_POINTS_RULES)
    return [...out, { field: 'rules', code: 'pointsRule.tooMany', params: { max: MAX_POINTS_RULES } }];
  const valid: { i: number; d: PointsRuleDraft }[] = [];
  for (const [i, d] of drafts.entries()) {
    const own = rowProblems(d, i, categories);
    out.push(...own);
    const first = drafts.findIndex((e) => e.code === d.code);
    if (first < i && !own.some((p) => p.field.endsWith('.code')))
      out.push({
        field: `rules.${i}.code`,
        code: 'pointsRule.codeTaken',
        params: { code: d.code, row: first + 1 },
      });
    // Overlaps are judged between rows that are whole: a broken row's match means nothing yet.
    if (own.length > 0) continue;
    const clash = valid.find((v) => matchesOverlap(draftMatch(v.d), draftMatch(d)));
    if (clash)
      out.push({
        field: `rules.${i}.feePlan`,
        code: 'pointsRule.overlap',
        params: { row: clash.i + 1, code: clash.d.code },
      });
    else valid.push({ i, d });
  }
  return out;
}
