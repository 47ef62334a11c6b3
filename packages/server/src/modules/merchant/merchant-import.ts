import { MERCHANT_COLUMNS, validateMerchantRow } from '@cornerstone/shared/merchant/merchant-row';
import { formatRate, formatYuan } from '@cornerstone/shared/money/money';
import { maskMobile } from '@cornerstone/shared/privacy/mask';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.ts';
import { blindIndex, encryptPersonal } from '../../db/personal-data.ts';
import {
  type ImportOptions,
  type ImportSpec,
  type ImportSummary,
  runCsvImport,
} from '../common/csv-import.ts';
import { refreshTasks } from '../maintenance/tasks.service.ts';

interface MerchantImportCtx {
  managers: Map<string, number>;
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
  'branch',
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

function merchantSpec(actor: string, source: string): ImportSpec<MerchantImportCtx> {
  return {
    columns: MERCHANT_COLUMNS,
    stageTable: 'cs_merchant_stage',
    stageColumns: STAGE_COLUMNS,
    async prepare(tx) {
      await tx.query(`CREATE TEMP TABLE cs_merchant_stage (
        line int, mid char(15), name text, mcc char(4), category_code text, fee_plan text, rate numeric(8,6),
        cap numeric(14,2), branch text, manager_id int, onboarded_on date, contact_name text, contact_mobile text,
        contact_mobile_hash text, contact_mobile_masked text) ON COMMIT DROP`);
      // Any user may own merchants; the contract names them by login.
      const users = await tx.query<{ id: number; login: string }>(
        'SELECT id, login FROM app_user WHERE active',
      );
      return {
        managers: new Map(users.map((u) => [u.login, u.id])),
        seen: new Set(),
        today: new Date().toISOString().slice(0, 10),
      };
    },
    validate(raw, _row, ctx) {
      const result = validateMerchantRow(raw);
      const errors = result.ok ? [] : [...result.errors];
      const mid = (raw.mid ?? '').trim();
      const managerLogin = (raw.manager ?? '').trim();
      const managerId = ctx.managers.get(managerLogin);
      if (managerLogin && managerId === undefined)
        errors.push({ column: 'manager', message: `unknown manager login "${managerLogin}"` });
      if (/^\d{15}$/.test(mid)) {
        if (ctx.seen.has(mid)) errors.push({ column: 'mid', message: `duplicate mid ${mid} in this file` });
        ctx.seen.add(mid);
      }
      if (!result.ok || errors.length > 0) return { ok: false, errors };
      const r = result.row;
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
          r.branch,
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
    async apply(tx, ctx) {
      // A branch named in the file that does not exist yet is created (CONTRACT.md).
      await tx.query(
        'INSERT INTO branch (name) SELECT DISTINCT branch FROM cs_merchant_stage ON CONFLICT (name) DO NOTHING',
      );
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
           RETURNING id, (xmax = 0) AS created
         ), hist AS (
           INSERT INTO merchant_change (merchant_id, actor, source, kind, changes)
           SELECT id, $1, $2, 'created', '{}'::jsonb FROM up WHERE created
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

// Staged rows with the branch resolved to its id.
const STAGED_SELECT = `SELECT s.mid, s.name, s.mcc, s.category_code, s.fee_plan, s.rate, s.cap, b.id AS branch_id,
  s.manager_id, s.onboarded_on, s.contact_name, s.contact_mobile, s.contact_mobile_hash, s.contact_mobile_masked
  FROM cs_merchant_stage s JOIN branch b ON b.name = s.branch`;

/**
 * `import merchants FILE.csv`: upsert by MID, keeping each change in the merchant's history; then
 * the maintenance tasks follow (new merchants get their re-verification and cadence tasks).
 */
export async function importMerchants(
  orm: Orm,
  path: string,
  opts: ImportOptions & { actor?: string } = {},
): Promise<ImportSummary> {
  const actor = opts.actor ?? 'cli';
  const summary = await runCsvImport(
    orm,
    path,
    merchantSpec(actor, `import merchants ${path.split('/').at(-1)}`),
    opts,
  );
  if (summary.inserted + summary.updated > 0) await refreshTasks(orm.em.fork() as EntityManager, null);
  return summary;
}
