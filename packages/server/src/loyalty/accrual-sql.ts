import type { PointsRule } from '@cornerstone/shared/loyalty/points';
import { CATEGORIES, type CategoryDef } from '@cornerstone/shared/merchant/category';

// The points accrual of an import as one INSERT … SELECT (docs/domain.md §5). It computes in SQL
// what the shared rules compute in Node — `ruleFor` (first rule valid on the date that matches the
// merchant) and `pointsForTotals` (⌊new/threshold⌋ − ⌊prev/threshold⌋ per threshold) — and writes
// the same idempotency key and request hash the Node accrual wrote, so replays of imports posted
// before stay recognised. The rule table and the category list rates are not written here: the SQL
// is generated from the points table in force (`points_rule`, read once per import by
// points-rules.service.ts; `DEFAULT_POINTS_RULES` is its seed) and the shared `CATEGORIES`, so they
// stay written once, and test/points-accrual-sql.test.ts holds this SQL against the shared functions.

/** A SQL string literal. Rule ids and category codes are data: quoted, never trusted. */
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** A bigint as a SQL numeric literal (fen, micros and counts are exact integers). */
const num = (n: bigint | number) => `${BigInt(n)}::numeric`;

/**
 * ⌊a/b⌋ for b > 0, as the shared `floorDiv`: the quotient truncates toward zero, and a negative
 * remainder means a was negative and not a multiple, so the floor is one lower. Amounts are numeric
 * fen (`div`, exact at any size: the totals are numeric(20,2) yuan); counts are bigint, as stored.
 */
const floorDiv = (a: string, b: string, type: 'numeric' | 'bigint') =>
  type === 'numeric'
    ? `(div(${a}, ${b}) - case when mod(${a}, ${b}) < 0 then 1 else 0 end)`
    : `(${a} / ${b} - case when ${a} % ${b} < 0 then 1 else 0 end)`;

/**
 * The conditions of `matches` for one rule, on the merchant `m`, its category's list rate `l` and
 * the rule date (`date`, the statement's $1). Rates are micros and caps fen, as in shared; the
 * merchant's columns are decimals (rate numeric(8,6), cap yuan numeric(14,2)), scaled exactly.
 * Dates compare as text in "C" collation, as JavaScript compares the strings.
 */
function ruleCondition(r: PointsRule, date: string): string {
  const c = [`${date} >= ${lit(r.validFrom)} collate "C"`];
  if (r.validTo !== null) c.push(`${date} <= ${lit(r.validTo)} collate "C"`);
  if (r.match.category !== undefined) c.push(`m.category_code = ${lit(r.match.category)}`);
  c.push(`m.fee_plan = ${lit(r.match.feePlan)}`);
  // A null cap never equals a rule's cap, as `null !== cap` in shared.
  if (r.match.cap !== undefined) c.push(`m.cap * 100 = ${num(r.match.cap)}`);
  // The discount against the list rate (`listRateDiscount`). A category missing from the list has
  // no list rate here and matches no discount rule; shared would throw for it instead.
  const discount = '(l.list_rate - m.rate * 1000000)';
  if (r.match.discountBelow !== undefined) c.push(`${discount} < ${num(r.match.discountBelow)}`);
  if (r.match.discountAtLeast !== undefined) c.push(`${discount} >= ${num(r.match.discountAtLeast)}`);
  return c.join(' and ');
}

/**
 * The statement that fills `cs_accrual` from `cs_points_delta` and answers how many entries and
 * points it wrote. Parameter $1 is the rule date (an ISO date). One row per merchant whose points
 * are not zero, as the Node accrual posted; a merchant no rule matches earns none.
 */
export function accrualInsertSql(
  rules: readonly PointsRule[],
  defs: readonly CategoryDef[] = CATEGORIES,
): string {
  for (const r of rules) {
    // `pointsBetween` refuses these; here they are refused before any SQL runs.
    if (
      (r.amountThreshold !== null && r.amountThreshold <= 0n) ||
      (r.cappedCountN !== null && r.cappedCountN <= 0)
    )
      throw new RangeError(`points rule ${r.id}: threshold must be positive`);
  }
  const date = '$1::text';
  // The first matching rule wins, as in `ruleFor`: a CASE tries the rules in table order.
  const ruleIndex =
    rules.length === 0
      ? 'null::int'
      : `case ${rules.map((r, i) => `when ${ruleCondition(r, date)} then ${i}`).join(' ')} end`;
  const ruleRows =
    rules.length === 0
      ? `select null::int, null::text, null::numeric, null::bigint where false`
      : `values ${rules
          .map(
            (r, i) =>
              `(${i}, ${lit(r.id)}, ${r.amountThreshold === null ? 'null::numeric' : num(r.amountThreshold)}, ${
                r.cappedCountN === null ? 'null::bigint' : `${r.cappedCountN}::bigint`
              })`,
          )
          .join(', ')}`;
  const listRates =
    defs.length === 0
      ? `select null::text, null::numeric where false`
      : `values ${defs.map((d) => `(${lit(d.code)}, ${num(d.listRate)})`).join(', ')}`;
  const between = (prev: string, next: string, threshold: string, type: 'numeric' | 'bigint') =>
    `coalesce(${floorDiv(next, threshold, type)} - ${floorDiv(prev, threshold, type)}, 0)`;
  return `with totals as (
      -- Cumulative totals before and after this import: non-capped amount (yuan and fen) and capped count.
      select d.merchant_id, coalesce(a.cum_amount, 0) + d.amount as new_yuan,
             coalesce(a.cum_amount, 0) * 100 as prev_fen, (coalesce(a.cum_amount, 0) + d.amount) * 100 as new_fen,
             coalesce(a.cum_capped, 0) as prev_capped, coalesce(a.cum_capped, 0) + d.capped as new_capped,
             ${ruleIndex} as rule_index
      from cs_points_delta d join merchant m on m.id = d.merchant_id
      left join points_account a on a.merchant_id = d.merchant_id
      left join (${listRates}) l(code, list_rate) on l.code = m.category_code
    ), earned as materialized (
      -- pointsForTotals: amount points plus capped-count points; a rule without a threshold adds none.
      -- Materialized so the points are worked out once, not again after the "points <> 0" filter.
      select t.*, r.id as rule_id,
             (${between('t.prev_fen', 't.new_fen', 'r.amount_threshold', 'numeric')}
              + ${between('t.prev_capped', 't.new_capped', 'r.capped_n', 'bigint')})::bigint as points
      from totals t join (${ruleRows}) r(idx, id, amount_threshold, capped_n) on r.idx = t.rule_index
    ), ins as (
      insert into cs_accrual (merchant_id, points, rule_id, idempotency_key, request_hash)
      select merchant_id, points, rule_id,
             -- The key is the cumulative total reached: accrual:<merchant>:<yuan, 2 decimals>:<capped count>.
             format('accrual:%s:%s:%s', merchant_id, new_yuan::numeric(40,2), new_capped),
             -- requestHash: sha-256 of JSON.stringify({merchant, points, prevAmount, newAmount, prevCapped,
             -- newCapped}), a number then strings of integers (fen and counts), keys in that order.
             encode(sha256(convert_to(format(
               '{"merchant":%s,"points":"%s","prevAmount":"%s","newAmount":"%s","prevCapped":"%s","newCapped":"%s"}',
               merchant_id, points, trunc(prev_fen), trunc(new_fen), prev_capped, new_capped), 'UTF8')), 'hex')
      from earned where points <> 0
      returning points
    )
    select count(*)::int as entries, coalesce(sum(points), 0)::text as points from ins`;
}
