import { rowProblem } from '@cornerstone/shared/csv/csv-row';
import { excerpt } from '@cornerstone/shared/csv/excerpt';
import { MERCHANT_COLUMNS } from '@cornerstone/shared/merchant/merchant-row';
import { formatRate, formatYuan } from '@cornerstone/shared/money/money';
import { maskMobile } from '@cornerstone/shared/privacy/mask';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../platform/db/orm.ts';
import { blindIndex, encryptPersonal } from '../platform/db/personal-data.ts';
import { react } from '../platform/events/reactions.ts';
import {
  type ImportOptions,
  type ImportScope,
  type ImportSpec,
  type ImportSummary,
  rowError,
  runFileImport,
  scopeSql,
} from '../platform/import/file-import.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { checkMerchantRow } from './merchant-row-check.ts';

interface MerchantImportCtx {
  /** Active users by login: who may own a merchant, and whether the importing user may name them. */
  managers: Map<string, { id: number; inScope: boolean }>;
  branches: Map<string, number>;
  seen: Set<string>;
  today: string;
}

const STAGE_COLUMNS = [
  'line',
  'mid',
  'name',
  'mcc',
  'category_code',
  'fee_plan',
  'rate',
  'cap',
  'branch_id',
  'manager_id',
  'onboarded_on',
  'contact_name',
  'contact_mobile',
  'contact_mobile_hash',
  'contact_mobile_masked',
] as const;

// Fields whose change is recorded in merchant_change; personal data is recorded masked.
const TRACKED = [
  'name',
  'mcc',
  'category_code',
  'fee_plan',
  'rate',
  'cap',
  'branch_id',
  'manager_id',
  'onboarded_on',
  'contact_name',
];

/**
 * merchants.csv as `actor` may write it: every row within `scope` (the reads' scopeWhere) three
 * times over — the merchant as stored (its MID), the merchant as the row would leave it (its
 * branch), and its manager (as the owner of a merchant in their own branch). A branch manager thus
 * changes and creates merchants of their branch only, owned by users of their branch.
 */
function merchantSpec(
  actor: string,
  source: string,
  scope: ImportScope | undefined,
): ImportSpec<MerchantImportCtx> {
  return {
    columns: MERCHANT_COLUMNS,
    stageTable: 'cs_merchant_stage',
    stageColumns: STAGE_COLUMNS,
    async prepare(tx) {
      await tx.query(`CREATE TEMP TABLE cs_merchant_stage (
        line int, mid char(15), name text, mcc char(4), category_code text, fee_plan text, rate numeric(8,6),
        cap numeric(14,2), branch_id int, manager_id int, onboarded_on date, contact_name text, contact_mobile text,
        contact_mobile_hash text, contact_mobile_masked text) ON COMMIT DROP`);
      // Any user may own merchants; the contract names them by login. Which of them this user may
      // name: those whose merchant, in their own branch, would lie in the scope.
      const inScope = scopeSql(scope);
      const users = await tx.query<{ id: number; login: string; in_scope: boolean }>(
        `SELECT m.manager_id AS id, u.login, ${inScope.sql} AS in_scope
         FROM app_user u CROSS JOIN LATERAL (SELECT u.id AS manager_id, u.branch_id) m WHERE u.active`,
        inScope.params,
      );
      // Only branches that exist: a typo or a wrongly decoded file never creates one (docs/contract.md).
      const branches = await tx.query<{ id: number; name: string }>('SELECT id, name FROM branch');
      return {
        managers: new Map(users.map((u) => [u.login, { id: u.id, inScope: u.in_scope }])),
        branches: new Map(branches.map((b) => [b.name, b.id])),
        seen: new Set(),
        today: new Date().toISOString().slice(0, 10),
      };
    },
    validate(raw, _row, ctx) {
      // The one check of a merchant's values (the app's form runs it too), then what only a file has.
      const result = checkMerchantRow(raw, {
        manager: (login) => ctx.managers.get(login),
        branch: (name) => ctx.branches.get(name),
      });
      const errors = result.ok ? [] : [...result.errors];
      const mid = (raw.mid ?? '').trim();
      if (/^\d{15}$/.test(mid)) {
        if (ctx.seen.has(mid)) errors.push(rowProblem('mid', 'import.duplicateMid', { mid }));
        ctx.seen.add(mid);
      }
      if (!result.ok || errors.length > 0) return { ok: false, errors };
      const { row: r, branchId, managerId } = result;
      return {
        ok: true,
        values: [
          String(_row),
          r.mid,
          r.name,
          r.mcc,
          r.category,
          r.feePlan,
          formatRate(r.rate),
          r.cap === null ? null : formatYuan(r.cap),
          String(branchId),
          String(managerId),
          r.onboardedOn,
          r.contactName,
          // Encrypted before it leaves this process; compared by its keyed hash.
          encryptPersonal(r.contactMobile),
          blindIndex(r.contactMobile),
          maskMobile(r.contactMobile),
        ],
      };
    },
    async check(tx, _ctx, reject) {
      if (!scope?.sql.length) return;
      // Rows outside the user's scope: a merchant stored outside it (the MID of another branch's
      // merchant would otherwise be taken over by the upsert), or a row that would put the
      // merchant outside it. One ordered list: a row's errors are reported together.
      const outside = scopeSql(scope);
      const rows = await tx.query<{ line: number; column: string; what: string }>(
        `SELECT line, column_name AS column, what FROM (
           SELECT s.line, 'mid' AS column_name, s.mid::text AS what
           FROM cs_merchant_stage s JOIN merchant m ON m.mid = s.mid WHERE NOT (${outside.sql})
           UNION ALL
           -- The staged row itself is the merchant "m" the scope speaks of: as the upsert would leave it.
           SELECT m.line, 'branch', b.name FROM cs_merchant_stage m JOIN branch b ON b.id = m.branch_id
           WHERE NOT (${outside.sql})
         ) x ORDER BY line, column_name DESC`,
        outside.params,
      );
      for (const r of rows)
        reject(
          r.column === 'mid'
            ? rowError(r.line, 'mid', 'import.outsideScopeMerchant', { mid: r.what })
            : rowError(r.line, r.column, 'import.outsideScopeBranch', { branch: excerpt(r.what) }),
        );
    },
    async apply(tx, ctx) {
      // History first, while the old values are still in place: one row per changed merchant with
      // {field: {from, to}} of the fields that differ; the mobile only masked.
      const diffs = TRACKED.map(
        (f) =>
          `'${f}', CASE WHEN m.${f} IS DISTINCT FROM n.${f} THEN jsonb_build_object('from', m.${f}, 'to', n.${f}) END`,
      ).join(',\n          ');
      await tx.query(
        `INSERT INTO merchant_change (merchant_id, actor, source, kind, changes)
         SELECT m.id, $1, $2, 'updated', jsonb_strip_nulls(jsonb_build_object(
          ${diffs},
          'contact_mobile', CASE WHEN m.contact_mobile_hash IS DISTINCT FROM n.contact_mobile_hash
            THEN jsonb_build_object('from', '(hidden)', 'to', n.contact_mobile_masked) END))
         FROM merchant m JOIN (${STAGED_SELECT}) n ON n.mid = m.mid
         WHERE (${TRACKED.map((f) => `m.${f}`).join(', ')}, m.contact_mobile_hash)
           IS DISTINCT FROM (${TRACKED.map((f) => `n.${f}`).join(', ')}, n.contact_mobile_hash)`,
        [actor, source],
      );
      // A re-import that changes a merchant's fee plan: the new plan takes effect on the day of the
      // import (business day); a change later that day replaces it. Settled days keep the old one.
      await tx.query(
        `INSERT INTO merchant_fee_plan (merchant_id, effective_from, fee_plan, rate, cap, actor)
         SELECT m.id, $2::date, n.fee_plan, n.rate, n.cap, $1
         FROM merchant m JOIN (${STAGED_SELECT}) n ON n.mid = m.mid
         WHERE (m.fee_plan, m.rate, m.cap) IS DISTINCT FROM (n.fee_plan, n.rate, n.cap)
         ON CONFLICT (merchant_id, effective_from) DO UPDATE SET fee_plan = excluded.fee_plan,
           rate = excluded.rate, cap = excluded.cap, actor = excluded.actor, recorded_at = now()`,
        [actor, businessToday()],
      );
      const [counts] = await tx.query<{ inserted: string; updated: string }>(
        `WITH up AS (
           INSERT INTO merchant (mid, name, mcc, category_code, fee_plan, rate, cap, branch_id, manager_id,
                                 onboarded_on, status, contact_name, contact_mobile, contact_mobile_hash, contact_verified_on)
           SELECT mid, name, mcc, category_code, fee_plan, rate, cap, branch_id, manager_id, onboarded_on,
                  CASE WHEN onboarded_on > $3::date THEN 'onboarding' ELSE 'active' END,
                  contact_name, contact_mobile, contact_mobile_hash, onboarded_on
           FROM (${STAGED_SELECT}) n
           ON CONFLICT (mid) DO UPDATE SET
             name = excluded.name, mcc = excluded.mcc, category_code = excluded.category_code,
             fee_plan = excluded.fee_plan, rate = excluded.rate, cap = excluded.cap, branch_id = excluded.branch_id,
             manager_id = excluded.manager_id, onboarded_on = excluded.onboarded_on,
             contact_name = excluded.contact_name, contact_mobile = excluded.contact_mobile,
             contact_mobile_hash = excluded.contact_mobile_hash, updated_at = now()
           WHERE (${TRACKED.map((f) => `merchant.${f}`).join(', ')}, merchant.contact_mobile_hash)
             IS DISTINCT FROM (${TRACKED.map((f) => `excluded.${f}`).join(', ')}, excluded.contact_mobile_hash)
           RETURNING id, onboarded_on, fee_plan, rate, cap, (xmax = 0) AS created
         ), hist AS (
           INSERT INTO merchant_change (merchant_id, actor, source, kind, changes)
           SELECT id, $1, $2, 'created', '{}'::jsonb FROM up WHERE created
         ), plans AS (
           -- A new merchant's plan is in effect from its onboarding day.
           INSERT INTO merchant_fee_plan (merchant_id, effective_from, fee_plan, rate, cap, actor)
           SELECT id, onboarded_on, fee_plan, rate, cap, $1 FROM up WHERE created
         )
         SELECT count(*) FILTER (WHERE created) AS inserted, count(*) FILTER (WHERE NOT created) AS updated FROM up`,
        [actor, source, ctx.today],
      );
      const [staged] = await tx.query<{ n: string }>('SELECT count(*) AS n FROM cs_merchant_stage');
      const inserted = Number(counts?.inserted ?? 0);
      const updated = Number(counts?.updated ?? 0);
      // Rows identical to what is stored: already imported, skipped.
      return { inserted, updated, skipped: Number(staged?.n ?? 0) - inserted - updated };
    },
  };
}

// Staged rows as the merchant's columns.
const STAGED_SELECT = `SELECT s.mid, s.name, s.mcc, s.category_code, s.fee_plan, s.rate, s.cap, s.branch_id,
  s.manager_id, s.onboarded_on, s.contact_name, s.contact_mobile, s.contact_mobile_hash, s.contact_mobile_masked
  FROM cs_merchant_stage s`;

/**
 * `import merchants FILE.csv`: upsert by MID, keeping each change in the merchant's history; then
 * the maintenance tasks follow (new merchants get their re-verification and cadence tasks). With a
 * `scope` (an upload), every row must lie within it; without, an administrator's import.
 */
export async function importMerchants(
  orm: Orm,
  path: string,
  opts: ImportOptions & { actor?: string; scope?: ImportScope } = {},
): Promise<ImportSummary> {
  const actor = opts.actor ?? 'cli';
  const summary = await runFileImport(
    orm,
    path,
    merchantSpec(actor, `import merchants ${path.split('/').at(-1)}`, opts.scope),
    opts,
  );
  if (summary.inserted + summary.updated > 0)
    await react('merchants.imported', { em: orm.em.fork() as EntityManager });
  return summary;
}
