import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { type BulkSource, type BulkTx, withBulkTx } from '../../db/bulk.ts';

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
  /** Checks the staged rows against the database (set-based); rejected rows must be removed from staging. */
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
    opts.onError?.(e);
  };

  try {
    return await withBulkTx(db, async (tx) => {
      const ctx = await spec.prepare(tx);
      let headerFailed = false;
      const input = createReadStream(path);
      const parser = input.pipe(
        parse({
          bom: true,
          columns: (header: string[]) => {
            headerFailed = true;
            const names = checkHeader(header, spec.columns, reject);
            headerFailed = false;
            return names;
          },
          info: true,
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
          const result = spec.validate(record, row, ctx);
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
        // A malformed CSV (unclosed quote, wrong field count) names the line it failed on.
        const e = err as { lines?: number; message: string };
        reject({
          row: e.lines ?? rowsRead + 1,
          column: '-',
          message: e.message.replace(/^Invalid \w+:\s*/, ''),
        });
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
      await spec.check?.(tx, ctx, reject);
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
