import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { excerpt } from '@cornerstone/shared/csv/excerpt';
import { parse } from 'csv-parse';
import { type BulkSource, type BulkTx, withBulkTx } from '../db/bulk.ts';
import { type SqlWhere } from '../db/sql-where.ts';

/** A rejected row: where it is (row = line number in the file, the header being row 1) and why. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  rejected: number;
  elapsedMs: number;
}

export interface ImportSummary {
  file: string;
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

/** What a row outside the importing user's scope is told (a row error of its column). */
export const OUTSIDE_SCOPE = 'outside your scope';

/**
 * The longest record (row) read: far above any real merchants or settlements row, and what bounds
 * the memory a file can take — a 50 MB field is a row error of its row, not 50 MB held (and copied)
 * several times over.
 */
export const MAX_RECORD_BYTES = 64 * 1024;

/** Longest message kept of one row error, whatever built it (a parser may quote what it read). */
export const MAX_ERROR_MESSAGE = 300;

export interface ImportOptions {
  skipInvalid?: boolean;
  onError?: (e: RowError) => void;
  onProgress?: (p: ImportProgress) => void;
  /** Rows staged per COPY batch. */
  batchSize?: number;
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

export type StageResult =
  | { ok: true; values: (string | null)[] }
  | { ok: false; errors: { column: string; message: string }[] };

class RejectedFile extends Error {}

/**
 * Streams a CSV file through `spec`: every record is validated as it is read, good rows go to a
 * staging table in COPY batches, and `apply` applies them in the same transaction. A file with any
 * rejected row changes nothing unless `skipInvalid` is set.
 */
export async function runCsvImport<Ctx>(
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
  // Counts rows, not errors: a row's errors are reported one after another.
  const reject = (e: RowError) => {
    if (e.row !== lastRejectedRow) rejected++;
    lastRejectedRow = e.row;
    // Header names and messages come from the file too: both kept short and on one line, for the
    // terminal and for the stored run alike (every import's row errors pass here).
    opts.onError?.({ row: e.row, column: excerpt(e.column), message: excerpt(e.message, MAX_ERROR_MESSAGE) });
  };

  try {
    return await withBulkTx(db, async (tx) => {
      const ctx = await spec.prepare(tx);
      let headerFailed = false;
      let headerRead = false;
      const input = createReadStream(path);
      const parser = input.pipe(
        parse({
          bom: true,
          columns: (header: string[]) => {
            headerRead = true;
            headerFailed = true;
            const names = checkHeader(header, spec.columns, reject);
            headerFailed = false;
            return names;
          },
          info: true,
          max_record_size: MAX_RECORD_BYTES,
          skip_empty_lines: true,
          trim: false,
        }),
      );
      let batch: (string | null)[][] = [];
      let lastReport = 0;
      try {
        for await (const { record, info } of parser as AsyncIterable<{
          record: Record<string, string>;
          info: { lines: number };
        }>) {
          rowsRead++;
          const row = info.lines;
          const unreadable = unreadableCells(record);
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
              bytesRead: input.bytesRead,
              bytesTotal,
              rowsRead,
              rejected,
              elapsedMs: now - started,
            });
          }
        }
      } catch (err) {
        if (err instanceof RejectedFile || headerFailed) throw new RejectedFile();
        // A malformed CSV (unclosed quote, wrong field count, a record past the limit) names the
        // line it failed on, and the column where the parser knows it.
        const e = err as { code?: string; lines?: number; column?: string | number; message: string };
        const tooLong = e.code === 'CSV_MAX_RECORD_SIZE';
        reject({
          row: e.lines ?? rowsRead + 1,
          column: tooLong && typeof e.column === 'string' ? e.column : '-',
          message: tooLong
            ? `the row is longer than ${MAX_RECORD_BYTES / 1024} KiB (no field of this file is that long); nothing after it was read`
            : e.message.replace(/^Invalid \w+:\s*/, ''),
        });
        throw new RejectedFile();
      }
      if (!headerRead) {
        // A 0-byte file (or one of blank lines) is not "0 rows read": it is not the file meant.
        reject({ row: 1, column: '-', message: 'the file is empty (no header row)' });
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
          `{${[...checkRejected].join(',')}}`,
        ]);
      if (rejected > 0 && !opts.skipInvalid) throw new RejectedFile();
      const counts = await spec.apply(tx, ctx, reject);
      if (rejected > 0 && !opts.skipInvalid) throw new RejectedFile();
      return { file, rowsRead, ...counts, rejected, rolledBack: false, elapsedMs: Date.now() - started };
    });
  } catch (err) {
    if (!(err instanceof RejectedFile)) throw err;
    return {
      file,
      rowsRead,
      inserted: 0,
      updated: 0,
      skipped: 0,
      rejected,
      rolledBack: true,
      elapsedMs: Date.now() - started,
    };
  }
}

/**
 * Cells no column can hold, whatever the kind of file: a NUL (PostgreSQL text cannot store it; it
 * failed the whole import with no row or column) and U+FFFD, what the reader puts where the bytes
 * are not UTF-8 (a GBK file: names would be stored garbled).
 */
function unreadableCells(record: Record<string, string>): { column: string; message: string }[] {
  const out: { column: string; message: string }[] = [];
  for (const column in record) {
    const v = record[column];
    if (typeof v !== 'string') continue;
    const name = excerpt(column);
    if (v.includes('\u0000')) out.push({ column, message: `${name} contains a NUL byte (U+0000)` });
    else if (v.includes('\ufffd'))
      out.push({ column, message: `${name} is not UTF-8 text (save the file as UTF-8, not GBK)` });
  }
  return out;
}

function checkHeader(header: string[], required: readonly string[], reject: (e: RowError) => void): string[] {
  const names = header.map((h) => h.trim());
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    for (const c of missing)
      reject({ row: 1, column: c, message: `column "${c}" is missing from the header` });
    throw new RejectedFile();
  }
  return names;
}
