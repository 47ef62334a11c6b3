import type { PointsRule } from '@cornerstone/shared/loyalty/points';
import { type PointsRuleDraft, pointsTableProblems } from '@cornerstone/shared/loyalty/points-table';
import { businessToday } from '@cornerstone/shared/period/business-day';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withDates } from '../platform/db/values.ts';
import type { PageRequest } from '../platform/graphql/connection.ts';
import { fieldProblem, invalidInput } from '../platform/graphql/errors.ts';
import { pageOfRows } from '../platform/graphql/page-of.ts';

// The points table as data (docs/domain.md §5, issue 24): every version of the earning rules in
// `points_rule`, each row valid from one date to another. The accrual of an import reads the whole
// table once (`loadPointsRules`) and turns it into one statement, so no row of an import ever
// queries it; points already posted are never recomputed when the table changes.

/** Runs one SQL statement without parameters: a bulk transaction's `query` or an entity manager's. */
export type RunSql = <R>(sql: string) => Promise<R[]>;

interface RuleRow {
  code: string;
  position: number;
  category_code: string | null;
  fee_plan: string;
  cap_fen: string | null;
  discount_below: string | null;
  discount_at_least: string | null;
  amount_threshold_fen: string | null;
  capped_count_n: number | null;
  valid_from: string;
  valid_to: string | null;
  saved_by: string;
  saved_at: Date;
}

const RULE_COLUMNS = `code, position, category_code, fee_plan, cap_fen::text, discount_below::text,
  discount_at_least::text, amount_threshold_fen::text, capped_count_n, valid_from::text, valid_to::text,
  saved_by, saved_at`;

const big = (v: string | null) => (v === null ? undefined : BigInt(v));

/** A row of `points_rule` as the shared rule it stores. */
function toRule(r: RuleRow): PointsRule {
  const cap = big(r.cap_fen);
  const below = big(r.discount_below);
  const atLeast = big(r.discount_at_least);
  return {
    id: r.code,
    match: {
      feePlan: r.fee_plan as PointsRule['match']['feePlan'],
      ...(r.category_code !== null ? { category: r.category_code as PointsRule['match']['category'] } : {}),
      ...(cap !== undefined ? { cap } : {}),
      ...(below !== undefined ? { discountBelow: below } : {}),
      ...(atLeast !== undefined ? { discountAtLeast: atLeast } : {}),
    },
    amountThreshold: big(r.amount_threshold_fen) ?? null,
    cappedCountN: r.capped_count_n,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

/**
 * Every version of the points table, oldest first and in table order within a version: what
 * `ruleFor` and the accrual SQL take (each picks the rows valid on its date). One statement.
 */
export async function loadPointsRules(run: RunSql): Promise<PointsRule[]> {
  const rows = await run<RuleRow>(`select ${RULE_COLUMNS} from points_rule order by valid_from, position`);
  return rows.map(toRule);
}

/** A stored rule and who saved it, as the settings page lists it. */
export interface StoredPointsRule {
  rule: PointsRule;
  position: number;
  savedBy: string;
  savedAt: Date;
}

/**
 * A page of the table's rows, newest version first and in table order within a version; `on`: only
 * the rows in force that day. The table is small (a version is at most 100 rows and versions are
 * rare), so it is read whole and paged in memory.
 */
export async function pointsRulesPage(em: EntityManager, req: PageRequest, on: string | null) {
  const rows = withDates(
    await em.execute<RuleRow[]>(
      `select ${RULE_COLUMNS} from points_rule
       where ?::date is null or (valid_from <= ?::date and (valid_to is null or valid_to >= ?::date))`,
      [on, on, on],
    ),
    'saved_at',
  );
  const stored: StoredPointsRule[] = rows.map((r) => ({
    rule: toRule(r),
    position: r.position,
    savedBy: r.saved_by,
    savedAt: r.saved_at,
  }));
  // Newest version first: the start date as a number, negated (20270101 sorts before 20000101).
  return pageOfRows(stored, req, (s) => [-Number(s.rule.validFrom.replaceAll('-', '')), s.position]);
}

/**
 * Replaces the points table from `effectiveFrom` (today or later): the rows in force on that day
 * end the day before, versions that were to start on or after it are dropped, and `drafts` start
 * that day, in their order. Every problem is found before anything is written; nothing already
 * posted changes — an accrual is worked out with the table valid on its import's date.
 */
export async function savePointsRules(
  em: EntityManager,
  actor: string,
  effectiveFrom: string,
  drafts: readonly PointsRuleDraft[],
  today = businessToday(),
): Promise<void> {
  const categories = (await em.execute<{ code: string }[]>('select code from category')).map((c) => c.code);
  const problems = pointsTableProblems(drafts, categories, effectiveFrom, today);
  if (problems.length) throw invalidInput(problems.map((p) => fieldProblem(p.field, p.code, p.params)));
  await em.transactional(async (t) => {
    const tx = t as EntityManager;
    // Two saves at once would close each other's rows: they take turns. Readers are not blocked.
    await tx.execute('lock table points_rule in share row exclusive mode');
    await tx.execute('delete from points_rule where valid_from >= ?::date', [effectiveFrom]);
    await tx.execute(
      `update points_rule set valid_to = ?::date - 1 where valid_to is null or valid_to >= ?::date`,
      [effectiveFrom, effectiveFrom],
    );
    const s = (v: bigint | null) => (v === null ? null : String(v));
    for (const [i, d] of drafts.entries())
      await tx.execute(
        `insert into points_rule (code, position, category_code, fee_plan, cap_fen, discount_below, discount_at_least,
           amount_threshold_fen, capped_count_n, valid_from, saved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          d.code,
          i,
          d.category,
          d.feePlan,
          s(d.cap),
          s(d.discountBelow),
          s(d.discountAtLeast),
          s(d.amountThreshold),
          d.cappedCountN,
          effectiveFrom,
          actor,
        ],
      );
  });
}
