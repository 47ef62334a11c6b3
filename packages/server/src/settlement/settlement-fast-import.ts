import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { resolveHeader } from '@cornerstone/shared/import/column-names';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { SettlementLineScanner } from '@cornerstone/shared/settlement/settlement-line';
import {
  SETTLEMENT_COLUMNS,
  type SettleDateRange,
  settleDateRange,
} from '@cornerstone/shared/settlement/settlement-row';
import { parse } from 'csv-parse';
import { DEFAULT_SETTLE_WINDOW, type SettleDateWindow } from '../platform/config.ts';
import { type BulkSource, type BulkTx, withBulkTx } from '../platform/db/bulk.ts';
import { react } from '../platform/events/reactions.ts';
import {
  type ImportOptions,
  type ImportScope,
  type ImportSummary,
  MAX_RECORD_BYTES,
  scopeSql,
} from '../platform/import/file-import.ts';
import { type Encoding, startsAsUtf8 } from '../platform/import/text-encoding.ts';
import { phaseTimer } from '../platform/time/phase-timer.ts';
import { NeedsCarefulPath, readSettlementFile } from './settlement-fast-read.ts';
import { MonthRouter, REST } from './settlement-month-router.ts';
import {
  HeldCopy,
  MONTH_TOTALS_DDL,
  type MonthTotal,
  writeDelta,
  writeTotals,
} from './settlement-month-totals.ts';
import {
  addMonthTotals,
  attachFreshMonths,
  insertNewSettlements,
  POINTS_DELTA_DDL,
  VALUE_COLUMNS,
} from './settlement-store.ts';

export interface SettlementImportOptions extends ImportOptions {
  /** Whose rights the import runs with; an administrator's when absent (the command line). */
  scope?: ImportScope;
  /** The configured window of settle dates (Config); the default window when absent. */
  settleDateWindow?: SettleDateWindow;
  /** The settle dates accepted, when already fixed by the caller (`importSettlements`). */
  dates?: SettleDateRange;
}

/** How the fast path reads a file: a UTF-8 CSV, every header cell a column. */
const CSV_UTF8 = { format: 'csv', encoding: 'utf-8', sheet: null, ignoredColumns: [] } as const;

/** The settle dates an import starting now accepts: the window around today's business day. */
export function acceptedSettleDates(window: SettleDateWindow = DEFAULT_SETTLE_WINDOW): SettleDateRange {
  return settleDateRange(businessToday(), window);
}

/**
 * The header as the contract's column names (a Chinese header as well), or null when there is none
 * the fast path can use: a workbook, a file not in UTF-8, a header with any problem or extra
 * column. The careful path reads those, and says what is wrong.
 */
async function readHeader(path: string, forced?: Encoding): Promise<string[] | null> {
  // A workbook, a GBK or a Latin-1 file fails this at once; the careful path reads and names it.
  if (forced ? forced !== 'utf-8' : !(await startsAsUtf8(path))) return null;
  const parser = createReadStream(path).pipe(
    parse({ bom: true, to_line: 1, max_record_size: MAX_RECORD_BYTES }),
  );
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const header = resolveHeader(record, SETTLEMENT_COLUMNS);
      if (header.problems.length > 0 || header.ignored.length > 0) return null;
      return header.columns as string[];
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * The bulk path for the common case of a clean, machine-written file. Node reads the file once:
 * each line is checked by the shared scanner (the byte-level twin of the shared validator), its MID
 * becomes the merchant's id, its day is added to the merchant's month, and the line goes on to
 * PostgreSQL's COPY unchanged but for that id. Months never imported are loaded into new tables,
 * keyed once and attached as partitions; the monthly rollup and the points delta come from the sums
 * Node kept. Anything irregular — a line the scanner refuses, an unknown merchant, a row already
 * stored with other values — rolls back and returns null: the careful path (row-by-row validation)
 * reports each problem by row and column.
 */
export async function fastImportSettlements(
  db: BulkSource,
  path: string,
  opts: SettlementImportOptions,
): Promise<ImportSummary | null> {
  const started = Date.now();
  const header = await readHeader(path, opts.encoding);
  // Only files whose header names exactly the known columns: anything else is for the careful path.
  if (!header) return null;
  // A date outside the window is a line the scanner refuses: the careful path names it.
  const scanner = new SettlementLineScanner(header, opts.dates ?? acceptedSettleDates(opts.settleDateWindow));
  // COPY's columns in the file's order, the MID's place taken by the merchant's id.
  const columns = header.map((c) => (c === 'mid' ? 'merchant_id' : c));
  const bytesTotal = (await stat(path)).size;
  // The first phase, "start", is from the process's start to here (run from the command line: its
  // start-up).
  const phase = phaseTimer('', { from: 0, memory: true });
  phase('start');
  try {
    const summary = await withBulkTx(db, async (tx) => {
      // Sorts and hashes of this transaction's set statements stay in memory, the new months' keys
      // too: a month of 2 million rows sorts in ~130 MB, and at the default 64 MB it spills to disk.
      await tx.query(
        `SELECT set_config('work_mem', '64MB', true), set_config('maintenance_work_mem', '256MB', true)`,
      );
      // Only the merchants the user may post for: any other MID is "unknown" here, and the careful
      // path tells unknown from outside the scope, row by row.
      const ids = await merchantIds(tx, opts.scope);
      await tx.query(POINTS_DELTA_DDL);
      await tx.query(
        `CREATE TEMP TABLE ${REST} (LIKE settlement INCLUDING DEFAULTS INCLUDING CONSTRAINTS) ON COMMIT DROP`,
      );
      phase('merchants');
      const router = new MonthRouter(tx, columns);
      const { rowsRead, bytesRead, hi, totals } = await readSettlementFile(path, scanner, ids, router, {
        onProgress: opts.onProgress,
        bytesTotal,
        started,
      });
      // What only the reading needed goes before the rest of the work.
      ids.clear();
      opts.onProgress?.({ bytesRead, bytesTotal, rowsRead, rejected: 0, elapsedMs: Date.now() - started });
      phase('copy');
      // A header alone is refused, and the careful path says so.
      if (rowsRead === 0) throw new NeedsCarefulPath('no data rows');

      // New months: keyed and attached (a line twice in the file fails the key: 23505, and the
      // careful path stores it once). While PostgreSQL sorts the keys, Node writes out the rollup
      // and the points delta from the sums it kept, to send once it is done — up to HELD_ROWS
      // merchant-months; beyond, they stream afterwards (held, they would double the sums' memory).
      const freshMonths = new Set(router.fresh.map((m) => m.monthIndex));
      let monthRows = 0;
      for (const byMerchant of totals.values()) monthRows += byMerchant.size;
      const [, held] = await Promise.all([
        attachFreshMonths(tx, router.fresh),
        router.restRows === 0 && monthRows <= HELD_ROWS ? sumsAsCsv(totals, freshMonths) : null,
      ]);
      let inserted = router.fresh.reduce((n, m) => n + m.rows, 0);
      phase('attach');
      if (router.restRows > 0)
        inserted += await insertNewSettlements(
          tx,
          `(SELECT * FROM ${REST} ORDER BY merchant_id, settle_date) src`,
        );
      phase('insert');
      // A file partly new and partly already stored is rare: the careful path sorts it out row by row.
      if (inserted > 0 && inserted < rowsRead) throw new NeedsCarefulPath('some rows are stored already');
      if (inserted === rowsRead) {
        // Every row is new, so no (merchant, day) came twice: a month's sums are of ≤ 31 days.
        const rollup = ['merchant_id', 'month', ...VALUE_COLUMNS, 'days', 'last_settle_date'];
        const delta = ['merchant_id', 'amount', 'capped'];
        // A month no import touched has no rollup rows yet: its totals are copied in as they are.
        if (held) {
          await held.fresh.copyTo(tx.copyWriter('settlement_month', [...rollup, 'profit']));
          if (!held.stored.empty) {
            await tx.query(MONTH_TOTALS_DDL);
            await held.stored.copyTo(tx.copyWriter('cs_month_totals', rollup));
            await addMonthTotals(tx, 'cs_month_totals');
          }
          await held.delta.copyTo(tx.copyWriter('cs_points_delta', delta));
        } else {
          const fresh = (m: number) => freshMonths.has(m);
          await writeTotals(tx.copyWriter('settlement_month', [...rollup, 'profit']), totals, fresh, true);
          if (freshMonths.size < totals.size) {
            await tx.query(MONTH_TOTALS_DDL);
            await writeTotals(tx.copyWriter('cs_month_totals', rollup), totals, (m) => !fresh(m), false);
            await addMonthTotals(tx, 'cs_month_totals');
          }
          await writeDelta(tx.copyWriter('cs_points_delta', delta), totals);
        }
        totals.clear();
        phase('rollup');
        await react('settlements.imported', {
          tx,
          through: hi,
          source: `import settlements ${basename(path)}`,
        });
      } else {
        // Rows already stored (or twice in the file): skipped when identical; any different value
        // goes to the careful path, which rejects it by row and column. Nothing new: no points.
        const cols = `merchant_id, settle_date, ${VALUE_COLUMNS.join(', ')}`;
        const [changed] = await tx.query<{ any: boolean }>(
          `SELECT EXISTS (SELECT ${cols} FROM ${REST}
             EXCEPT SELECT ${cols} FROM settlement WHERE settle_date BETWEEN (SELECT min(settle_date) FROM ${REST}) AND $1::date) AS any`,
          [hi],
        );
        if (changed?.any) throw new NeedsCarefulPath('a stored row has other values');
      }
      phase('points');
      return {
        file: basename(path),
        ...CSV_UTF8,
        rowsRead,
        inserted,
        updated: 0,
        skipped: rowsRead - inserted,
        rejected: 0,
        rolledBack: false,
        elapsedMs: Date.now() - started,
      };
    });
    phase('commit');
    return summary;
  } catch (err) {
    // COPY or the key refused a row (a value out of a column's range, a line twice in a new month):
    // the careful path names the row and column.
    const code = (err as { code?: string }).code ?? '';
    if (err instanceof NeedsCarefulPath || code.startsWith('22') || code.startsWith('23')) {
      if (process.env.CORNERSTONE_TIMING) process.stderr.write(`careful path: ${(err as Error).message}\n`);
      return null;
    }
    throw err;
  }
}

/** MID (as a number, like the scanner's key) → merchant id of the merchants in `scope`. */
async function merchantIds(tx: BulkTx, scope: ImportScope | undefined): Promise<Map<number, number>> {
  const inScope = scopeSql(scope);
  // One text of "mid,id" lines rather than a row per merchant: 100k rows would be 100k objects
  // parsed and collected before the first line of the file goes out.
  const [r] = await tx.query<{ ids: string | null }>(
    `SELECT string_agg(m.mid::text || ',' || m.id::text, E'\\n') AS ids FROM merchant m WHERE ${inScope.sql}`,
    inScope.params,
  );
  const ids = new Map<number, number>();
  const text = r?.ids ?? '';
  for (let at = 0; at < text.length; ) {
    const comma = text.indexOf(',', at);
    let end = text.indexOf('\n', comma);
    if (end === -1) end = text.length;
    ids.set(Number(text.slice(at, comma)), Number(text.slice(comma + 1, end)));
    at = end + 1;
  }
  return ids;
}

/** Most merchant-months whose rollup is held in memory (~110 bytes each) while the keys are built. */
const HELD_ROWS = 250_000;

/**
 * The sums kept while reading, as COPY bytes held in memory (a row per merchant-month, not per
 * line): the rollup of new months (with profit), that of months already stored, and the points
 * delta.
 */
async function sumsAsCsv(
  totals: Map<number, Map<number, MonthTotal>>,
  freshMonths: ReadonlySet<number>,
): Promise<{ fresh: HeldCopy; stored: HeldCopy; delta: HeldCopy }> {
  const fresh = new HeldCopy();
  const stored = new HeldCopy();
  const delta = new HeldCopy();
  await writeTotals(fresh, totals, (m) => freshMonths.has(m), true);
  await writeTotals(stored, totals, (m) => !freshMonths.has(m), false);
  await writeDelta(delta, totals);
  return { fresh, stored, delta };
}
