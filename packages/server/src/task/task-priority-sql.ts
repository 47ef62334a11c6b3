import {
  CASES_COUNTED,
  LATE_BASIS_DAYS,
  PRIORITY_POINTS,
  VALUE_FULL_FEN,
} from '@cornerstone/shared/maintenance/task-priority';

// The work queue's priority (packages/shared maintenance/task-priority.ts) in SQL, built from the
// same points, so a list can be ordered and paged by it in the database. test/work-queue.test.ts
// holds every part equal to taskPriority's for the demo's tasks.

const P = PRIORITY_POINTS;

const caseOf = (expr: string, points: Record<string, number>, otherwise: number) =>
  `case ${expr} ${Object.entries(points)
    .map(([k, v]) => `when '${k}' then ${Math.trunc(v)}`)
    .join(' ')} else ${otherwise} end`;

/** Joins the priority reads, for a query over `maintenance_task t`. */
export const PRIORITY_JOINS = `
  left join merchant_cadence pmc on pmc.merchant_id = t.merchant_id
  left join (select merchant_id, count(*) filter (where src = 'c')::int as complaints,
                    count(*) filter (where src = 'f')::int as faults
             from (select merchant_id, 'c' as src from complaint where status in ('open', 'in_progress')
                   union all
                   select merchant_id, 'f' from fault_ticket where status in ('open', 'assigned', 'on_site')) oc
             group by merchant_id) poc on poc.merchant_id = t.merchant_id
  left join merchant_clv pclv on pclv.merchant_id = t.merchant_id
  left join merchant_churn pch on pch.merchant_id = t.merchant_id`;

/** Lifetime value × chance of leaving (the churn score where there is one, else 1 − P(alive)), in fen. */
const RISK_FEN = `case when pclv.clv > 0 then round(pclv.clv * coalesce(pch.score, 1 - pclv.probability_alive)::numeric * 100)::bigint end`;

/**
 * The priority's parts as columns (with `PRIORITY_JOINS`), on the business day `today`. The day is
 * written into the SQL as a literal: it is the server's own date, checked here, never user input.
 */
export function priorityColumns(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`priorityColumns: not a date: ${today}`);
  const overdue = `greatest(0, date '${today}' - t.due_on)`;
  return `${caseOf('pmc.cadence_tier', P.tier, P.tier.SMALL)} as "pTier",
    ${caseOf("case when t.kind = 'cadence' then t.channel else t.kind end", P.kind, 0)} as "pKind",
    least(${P.late}, (${P.late} * ${overdue}) / coalesce(nullif(t.every_days, 0), ${LATE_BASIS_DAYS})) as "pLate",
    ${P.complaint} * least(${CASES_COUNTED}, coalesce(poc.complaints, 0))
      + ${P.fault} * least(${CASES_COUNTED}, coalesce(poc.faults, 0)) as "pCases",
    least(${P.value}::bigint, (${P.value} * greatest(0, coalesce(${RISK_FEN}, 0))) / ${VALUE_FULL_FEN})::int as "pValue",
    ${overdue} as "daysOverdue",
    coalesce(poc.complaints, 0) as "openComplaints", coalesce(poc.faults, 0) as "openFaults",
    ${RISK_FEN} as "riskFen", pmc.cadence_tier as "cadenceTier"`;
}

/** The score of a row that has the part columns (an outer query over `priorityColumns`). */
export const SCORE = (q: string) =>
  `(${q}."pTier" + ${q}."pKind" + ${q}."pLate" + ${q}."pCases" + ${q}."pValue")`;

/** A score turned into an ascending, non-negative key, so a keyset runs one way. */
export const RANK_BASE = 1000;
