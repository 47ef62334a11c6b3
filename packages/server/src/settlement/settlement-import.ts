import { basename } from 'node:path';
import { formatYuan } from '@cornerstone/shared/money/money';
import {
  SETTLEMENT_COLUMNS,
  type SettleDateRange,
  validateSettlementRow,
} from '@cornerstone/shared/settlement/settlement-row';
import type { BulkSource } from '../platform/db/bulk.ts';
import { react } from '../platform/events/reactions.ts';
import {
  type ImportScope,
  type ImportSpec,
  type ImportSummary,
  rowError,
  runFileImport,
  scopeSql,
} from '../platform/import/file-import.ts';
import {
  acceptedSettleDates,
  fastImportSettlements,
  type SettlementImportOptions,
} from './settlement-fast-import.ts';
import { ensurePartitions, insertSettlements, POINTS_DELTA_DDL, VALUE_COLUMNS } from './settlement-store.ts';

const STAGE_COLUMNS = ['line', 'settle_date', 'mid', ...VALUE_COLUMNS] as const;

interface Ctx {
  staged: number;
}

function settlementSpec(
  source: string,
  dates: SettleDateRange,
  scope: ImportScope | undefined,
): ImportSpec<Ctx> {
  return {
    columns: SETTLEMENT_COLUMNS,
    stageTable: 'cs_settlement_stage',
    stageColumns: STAGE_COLUMNS,
    async prepare(tx) {
      await tx.query(`CREATE TEMP TABLE cs_settlement_stage (
      line int not null, settle_date date not null, mid char(15) not null, txn_count int not null,
      txn_amount numeric(16,2) not null, capped_count int not null, capped_amount numeric(16,2) not null,
      merchant_fee numeric(14,2) not null, issuer_fee numeric(14,2) not null, network_fee numeric(14,2) not null
    ) ON COMMIT DROP`);
      await tx.query(POINTS_DELTA_DDL);
      return { staged: 0 };
    },
    validate(raw, row, ctx) {
      const r = validateSettlementRow(raw, dates);
      if (!r.ok) return r;
      ctx.staged++;
      const v = r.row;
      return {
        ok: true,
        values: [
          String(row),
          v.settleDate,
          v.mid,
          String(v.txnCount),
          formatYuan(v.txnAmount),
          String(v.cappedCount),
          formatYuan(v.cappedAmount),
          formatYuan(v.merchantFee),
          formatYuan(v.issuerFee),
          formatYuan(v.networkFee),
        ],
      };
    },
    async check(tx, _ctx, reject) {
      // Rows of merchants we do not know, and of merchants outside the user's scope (operations
      // post settlements, and so points, for their branch's merchants only). Outside the scope is
      // said as such, not as "unknown": the merchant import must already tell a branch manager that
      // a MID is taken, and a MID is printed on every receipt — hiding it here would protect nothing.
      const inScope = scopeSql(scope);
      const rows = await tx.query<{ line: number; mid: string; known: boolean }>(
        `SELECT s.line, s.mid, m.id IS NOT NULL AS known FROM cs_settlement_stage s
         LEFT JOIN merchant m ON m.mid = s.mid
         WHERE m.id IS NULL OR NOT (${inScope.sql}) ORDER BY s.line`,
        inScope.params,
      );
      for (const r of rows)
        reject(
          rowError(r.line, 'mid', r.known ? 'import.outsideScopeSettlement' : 'import.unknownMerchant', {
            mid: r.mid,
          }),
        );
    },
    async apply(tx, _ctx, reject) {
      const [range] = await tx.query<{ lo: string | null; hi: string | null }>(
        'SELECT min(settle_date)::text AS lo, max(settle_date)::text AS hi FROM cs_settlement_stage',
      );
      if (!range?.lo || !range.hi) return { inserted: 0, updated: 0, skipped: 0 };
      await ensurePartitions(tx, range.lo, range.hi);
      const inserted = await insertSettlements(
        tx,
        `(SELECT m.id AS merchant_id, s.settle_date, ${VALUE_COLUMNS.map((c) => `s.${c}`).join(', ')}
          FROM cs_settlement_stage s JOIN merchant m ON m.mid = s.mid ORDER BY s.line) src`,
      );
      // Points accrue in the same transaction: a rolled-back import posts none.
      await react('settlements.imported', { tx, through: range.hi, source });
      const [known] = await tx.query<{ n: string }>(
        'SELECT count(*) AS n FROM cs_settlement_stage s WHERE EXISTS (SELECT 1 FROM merchant m WHERE m.mid = s.mid)',
      );
      const notInserted = Number(known?.n ?? 0) - inserted;
      let conflicts = 0;
      if (notInserted > 0) {
        // Some rows were already there (or twice in this file): identical ones are skipped, a
        // different value for an existing (settle_date, mid) is rejected, never overwritten.
        const rows = await tx.query<{ line: number; column: string; stored: string; given: string }>(
          `SELECT s.line, c.column, c.stored, c.given
         FROM cs_settlement_stage s
         JOIN merchant m ON m.mid = s.mid
         JOIN settlement t ON t.merchant_id = m.id AND t.settle_date = s.settle_date
           AND t.settle_date BETWEEN $1::date AND $2::date
         CROSS JOIN LATERAL (
           SELECT col AS column, stored, given FROM (VALUES
             ${VALUE_COLUMNS.map((c, i) => `(${i}, '${c}', t.${c}::text, s.${c}::text)`).join(',\n             ')}
           ) AS v(pos, col, stored, given)
           WHERE stored IS DISTINCT FROM given ORDER BY pos LIMIT 1
         ) c
         ORDER BY s.line`,
          [range.lo, range.hi],
        );
        conflicts = rows.length;
        for (const r of rows)
          reject(
            rowError(r.line, r.column, 'import.storedDiffers', {
              column: r.column,
              given: r.given,
              stored: r.stored,
            }),
          );
      }
      return { inserted, updated: 0, skipped: notInserted - conflicts };
    },
  };
}

/**
 * `import settlements FILE.csv`: idempotent by (settle_date, mid), all or nothing per file; settle
 * dates within the configured window, and with a `scope` (an upload) merchants within it only.
 */
export async function importSettlements(
  db: BulkSource,
  path: string,
  opts: SettlementImportOptions = {},
): Promise<ImportSummary> {
  // One window for both paths, fixed when the import starts (a run across midnight stays one rule).
  const dates = opts.dates ?? acceptedSettleDates(opts.settleDateWindow);
  const fast = await fastImportSettlements(db, path, { ...opts, dates });
  if (fast) return fast;
  return runFileImport(
    db,
    path,
    settlementSpec(`import settlements ${basename(path)}`, dates, opts.scope),
    opts,
  );
}
