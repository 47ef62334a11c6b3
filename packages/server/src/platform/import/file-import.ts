import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type RowError as CellError, rowProblem } from '@cornerstone/shared/csv/csv-row';
import { excerpt } from '@cornerstone/shared/csv/excerpt';
import { type ResolvedHeader, resolveHeader } from '@cornerstone/shared/import/column-names';
import type { Problem, ProblemCode, ProblemParams } from '@cornerstone/shared/problems';
import { type BulkSource, type BulkTx, withBulkTx } from '../db/bulk.ts';
import { type SqlWhere } from '../db/sql-where.ts';
import { intArray } from '../db/values.ts';
import { type FileRows, type FileSource, openFileRows } from './file-rows.ts';
import { type Encoding, EncodingError } from './text-encoding.ts';
import { WorkbookError } from './xlsx-rows.ts';

/**
 * A rejected row: where it is (row = line number in a CSV, the header being row 1; a workbook's
 * row number) and why — by its code and params (shared problems.ts: the web words it in the
 * user's language), and in English (`message`: what the command line prints). `cell` names a
 * workbook's cell (`Sheet1!E12`); null for a CSV.
 */
export interface RowError {
  row: number;
  column: string;
  code: ProblemCode;
  params: ProblemParams;
  message: string;
  cell?: string | null;
}

/** A row error of `column` at `row`, by its code, its English from the table. */
export function rowError(
  row: number,
  column: string,
  code: ProblemCode,
  params: ProblemParams = {},
): RowError {
  return { row, ...rowProblem(column, code, params) };
}

/** A problem of the whole file (not text, not a workbook, no rows) at `row`: under the column "-". */
const fileError = (row: number, p: Problem): RowError => rowError(row, '-', p.code, p.params);

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  rejected: number;
  elapsedMs: number;
}

export interface ImportSummary {
  file: string;
  /** How the file was read (null when it could not be opened as either format). */
  format: FileSource['format'] | null;
  encoding: Encoding | null;
  sheet: string | null;
  /** Header cells that name no column of this import (kept out of it). */
  ignoredColumns: readonly string[];
  rowsRead: number;
  inserted: number;
  updated: number;
  skipped: number;
  rejected: number;
  /** True when rows were rejected and nothing was written (the default, without --skip-invalid). */
  rolledBack: boolean;
  elapsedMs: number;
}

/**
 * Whose rights an import runs with (docs/contract.md): the merchants the user may write, as the reads'
 * `scopeWhere(user)` gives them — conditions over a merchant `m` with `?` placeholders. Absent or
 * without conditions: an administrator's (the command line, the demo).
 */
export type ImportScope = SqlWhere;

/**
 * A scope as one SQL condition over `m` with `$n` parameters numbered from `first` (the bulk
 * transaction's placeholders). A NULL (a user without a branch) counts as outside.
 */
export function scopeSql(scope: ImportScope | undefined, first = 1): { sql: string; params: unknown[] } {
  if (!scope?.sql.length) return { sql: 'true', params: [] };
  let n = first;
  const sql = scope.sql.map((c) => `coalesce((${c.replace(/\?/g, () => `$${n++}`)}), false)`).join(' AND ');
  return { sql, params: [...scope.params] };
}

/**
 * The longest record (row) read: far above any real merchants or settlements row, and what bounds
 * the memory a file can take — a 50 MB field is a row error of its row, not 50 MB held (and copied)
 * several times over.
 */
export const MAX_RECORD_BYTES = 64 * 1024;

/** Longest message kept of one row error, whatever built it (a parser may quote what it read). */
export const MAX_ERROR_MESSAGE = 300;

/** Longest param kept of one row error (a header cell, a parser's detail): as short as the message. */
const MAX_ERROR_PARAM = 100;

export interface ImportOptions {
  skipInvalid?: boolean;
  onError?: (e: RowError) => void;
  onProgress?: (p: ImportProgress) => void;
  /** Rows staged per COPY batch. */
  batchSize?: number;
  /** A CSV's encoding, when not to be found by itself. */
  encoding?: Encoding;
  /** A workbook's sheet; the first when absent. */
  sheet?: string;
}

/** What one kind of import supplies to the shared streaming, staging and all-or-nothing machinery. */
export interface ImportSpec<Ctx> {
  columns: readonly string[];
  /** Creates the staging table (a temp table dropped at commit) and loads lookups; runs in the transaction. */
  prepare(tx: BulkTx): Promise<Ctx>;
  stageTable: string;
  stageColumns: readonly string[];
  /** Validates one record: the staging row, or the errors of its columns. */
  validate(raw: Record<string, string>, row: number, ctx: Ctx): StageResult;
  /**
   * Checks the staged rows against the database (set-based). The rows it rejects leave staging
   * (by their `line` column, which every staging table has), so --skip-invalid writes the rest.
   */
  check?(tx: BulkTx, ctx: Ctx, reject: (e: RowError) => void): Promise<void>;
  /** Moves the staged rows into place with set-based SQL; may still reject rows (e.g. conflicts found on insert). */
  apply(
    tx: BulkTx,
    ctx: Ctx,
    reject: (e: RowError) => void,
  ): Promise<{ inserted: number; updated: number; skipped: number }>;
}

export type StageResult = { ok: true; values: (string | null)[] } | { ok: false; errors: CellError[] };

class RejectedFile extends Error {}

/**
 * Streams a file through `spec` — a CSV in UTF-8 or GB18030, or a sheet of an .xlsx workbook
 * (file-rows.ts) — every record validated as it is read, good rows going to a staging table in
 * COPY batches, and `apply` applying them in the same transaction. A file with any rejected row
 * changes nothing unless `skipInvalid` is set. The header's columns go by their names or their
 * Chinese aliases (shared `resolveHeader`).
 */
export async function runFileImport<Ctx>(
  db: BulkSource,
  path: string,
  spec: ImportSpec<Ctx>,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const started = Date.now();
  const file = basename(path);
  const bytesTotal = (await stat(path)).size;
  const batchSize = opts.batchSize ?? 5000;
  let rowsRead = 0;
  let rejected = 0;
  let lastRejectedRow = -1;
  let source: FileRows | null = null;
  let header: ResolvedHeader | null = null;
  let headerCells: string[] = [];
  // Counts rows, not errors: a row's errors are reported one after another.
  const reject = (e: RowError) => {
    if (e.row !== lastRejectedRow) rejected++;
    lastRejectedRow = e.row;
    // A column goes by the name the file gives it (商户名称 where the header says so), and in a
    // workbook the error names its cell.
    const index = header ? header.columns.indexOf(e.column) : -1;
    const column = index >= 0 ? headerCells[index]!.trim() || e.column : e.column;
    // Header names, messages and params come from the file too: all kept short and on one line,
    // for the terminal and for the stored run alike (every import's row errors pass here; a NUL
    // would fail the jsonb they are stored in).
    const cell = source?.cellRef(e.row, index >= 0 ? index : null);
    const params: ProblemParams = {};
    for (const [k, v] of Object.entries(e.params))
      params[k] = typeof v === 'string' ? excerpt(v, MAX_ERROR_PARAM) : v;
    opts.onError?.({
      row: e.row,
      column: excerpt(column),
      code: e.code,
      params,
      message: excerpt(e.message, MAX_ERROR_MESSAGE),
      ...(cell ? { cell } : {}),
    });
  };
  const summary = (counts: Pick<ImportSummary, 'inserted' | 'updated' | 'skipped'>, rolledBack: boolean) => ({
    file,
    format: source?.format ?? null,
    encoding: source?.encoding ?? null,
    sheet: source?.sheet ?? null,
    // Quoted from the file, so as short and printable as any message.
    ignoredColumns: header?.ignored.filter((c) => c !== '').map((c) => excerpt(c)) ?? [],
    rowsRead,
    ...counts,
    rejected,
    rolledBack,
    elapsedMs: Date.now() - started,
  });
  const nothing = { inserted: 0, updated: 0, skipped: 0 };

  try {
    source = await openFileRows(path, {
      encoding: opts.encoding,
      sheet: opts.sheet,
      maxRecord: MAX_RECORD_BYTES,
    });
  } catch (err) {
    if (!(err instanceof EncodingError || err instanceof WorkbookError)) throw err;
    reject(fileError(err instanceof EncodingError ? err.line || 1 : 1, err.problem));
    return summary(nothing, true);
  }
  const rows = source;
  try {
    return await withBulkTx(db, async (tx) => {
      const ctx = await spec.prepare(tx);
      let batch: (string | null)[][] = [];
      let lastReport = 0;
      let headerRow = 1;
      try {
        for await (const { cells, row, problems } of rows.rows) {
          if (!header) {
            if (cells.every((c) => c.trim() === '')) continue;
            headerCells = cells;
            headerRow = row;
            header = resolveHeader(cells, spec.columns);
            for (const p of header.problems) reject({ row, ...p });
            if (header.problems.length > 0) throw new RejectedFile();
            continue;
          }
          // A workbook's blank rows are no records, as a CSV's blank lines are not.
          if (rows.format === 'xlsx' && cells.every((c) => c.trim() === '') && !problems?.length) continue;
          rowsRead++;
          const record: Record<string, string> = {};
          header.columns.forEach((c, i) => {
            if (c) record[c] = cells[i] ?? '';
          });
          const unreadable = [
            ...(problems ?? []).map((p) =>
              rowProblem(header!.columns[p.index] ?? '-', p.problem.code, p.problem.params),
            ),
            ...unreadableCells(record),
          ];
          const result =
            unreadable.length > 0
              ? { ok: false as const, errors: unreadable }
              : spec.validate(record, row, ctx);
          if (result.ok) batch.push(result.values);
          else for (const e of result.errors) reject({ row, ...e });
          if (batch.length >= batchSize) {
            await tx.copyIn(spec.stageTable, spec.stageColumns, batch);
            batch = [];
          }
          const now = Date.now();
          if (opts.onProgress && now - lastReport > 250) {
            lastReport = now;
            opts.onProgress({
              bytesRead: rows.bytesRead(),
              bytesTotal,
              rowsRead,
              rejected,
              elapsedMs: now - started,
            });
          }
        }
      } catch (err) {
        if (err instanceof RejectedFile) throw err;
        if (err instanceof EncodingError || err instanceof WorkbookError) {
          // The file is not what it says from some point on: one error, the place it starts.
          reject(fileError(err instanceof EncodingError ? err.line : rowsRead + 1, err.problem));
          throw new RejectedFile();
        }
        // A malformed CSV (unclosed quote, wrong field count, a record past the limit) names the
        // line it failed on, and the column where the parser knows it.
        const e = err as { code?: string; lines?: number; column?: string | number; message: string };
        const problem = csvProblem(e);
        if (!problem) throw err;
        const tooLong = e.code === 'CSV_MAX_RECORD_SIZE';
        // The parser names columns by their position in the header (file-rows.ts).
        const position = e.column === undefined || e.column === null ? Number.NaN : Number(e.column);
        const at = header && Number.isInteger(position) ? header.columns[position] : null;
        reject(rowError(e.lines ?? rowsRead + 1, tooLong && at ? at : '-', problem.code, problem.params));
        throw new RejectedFile();
      }
      if (!header) {
        // A 0-byte file (or one of blank lines) is not "0 rows read": it is not the file meant.
        reject(fileError(1, { code: 'import.emptyFile' }));
        throw new RejectedFile();
      }
      if (rowsRead === 0) {
        // Nor is a header alone: an export that found nothing, or the template sent back unfilled.
        // Refused even with skipInvalid: there is nothing to skip to.
        reject(fileError(headerRow, { code: 'import.noRows' }));
        throw new RejectedFile();
      }
      await tx.copyIn(spec.stageTable, spec.stageColumns, batch);
      opts.onProgress?.({
        bytesRead: bytesTotal,
        bytesTotal,
        rowsRead,
        rejected,
        elapsedMs: Date.now() - started,
      });
      const checkRejected = new Set<number>();
      await spec.check?.(tx, ctx, (e) => {
        checkRejected.add(e.row);
        reject(e);
      });
      if (checkRejected.size > 0)
        await tx.query(`DELETE FROM ${spec.stageTable} WHERE line = ANY($1::int[])`, [
          intArray([...checkRejected]),
        ]);
      if (rejected > 0 && !opts.skipInvalid) throw new RejectedFile();
      const counts = await spec.apply(tx, ctx, reject);
      if (rejected > 0 && !opts.skipInvalid) throw new RejectedFile();
      return summary(counts, false);
    });
  } catch (err) {
    if (!(err instanceof RejectedFile)) throw err;
    return summary(nothing, true);
  }
}

/**
 * Cells no column can hold, whatever the kind of file: a NUL (PostgreSQL text cannot store it; it
 * failed the whole import with no row or column). Bytes that are not text never get here: the
 * reader stops at them (text-encoding.ts).
 */
function unreadableCells(record: Record<string, string>): CellError[] {
  const out: CellError[] = [];
  for (const column in record) {
    const v = record[column];
    if (typeof v !== 'string') continue;
    if (v.includes('\u0000')) out.push(rowProblem(column, 'import.nulByte', { column: excerpt(column) }));
  }
  return out;
}

/**
 * A malformed CSV's problem, as the parser (csv-parse) reports it: its code says which, and the
 * parser's English (which speaks of its own options) is left out; an error that is not the
 * parser's answers null.
 */
function csvProblem(e: { code?: string; message: string }): Problem | null {
  switch (e.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return { code: 'import.rowTooLong', params: { kib: MAX_RECORD_BYTES / 1024 } };
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      // "… columns length is 12, got 11 on line 3" / "… expect 12, got 11 on line 3"
      const m = /(?:is|expect) (\d+),? got (\d+)/.exec(e.message);
      if (m) return { code: 'import.csvFieldCount', params: { expected: Number(m[1]), got: Number(m[2]) } };
      break;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return { code: 'import.csvQuoteNotClosed' };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { code: 'import.csvClosingQuote' };
    // Not prefixed CSV_ by the parser; it failed the whole run before it was named here.
    case 'INVALID_OPENING_QUOTE':
      return { code: 'import.csvOpeningQuote' };
  }
  if (!e.code?.startsWith('CSV_')) return null;
  return { code: 'import.csvMalformed', params: { detail: e.message } };
}
