import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SqlRows } from '../db/replicas.ts';
import { emitSql } from '../events/outbox.ts';
import type { ImportOptions, ImportProgress, ImportSummary, RowError } from './file-import.ts';

const KEEP_ERRORS = 200;
/**
 * Row errors stored per run (import_row_error), for the table of bad cells and its download: a
 * file of two million bad rows stops being stored here, and says so in its last stored error.
 */
export const MAX_STORED_ERRORS = 1_000_000;
/** Row errors per insert when a run's errors are stored. */
const STORE_BATCH = 2000;
/** The stored errors stay under this many characters, however long each one's message is. */
const KEEP_ERROR_CHARS = 64 * 1024;

/** Progress of the imports running in this process, by run id, for `importRun` while they run. */
const live = new Map<number, ImportProgress>();

export function liveProgress(id: number): ImportProgress | undefined {
  return live.get(id);
}

/**
 * Runs an import with a durable record: the run row is written before the file is read (so it is
 * visible while it runs) and completed with the summary and the first rejected rows after, together
 * with its import.finished event. `sql` runs on the primary: through the ORM (`primarySql`) or a
 * bare pg pool (`pgSql`, the CLI's bulk commands). `recorded` runs once the run has its id, before
 * the file is read.
 */
export async function trackedImport(
  sql: SqlRows,
  kind: 'merchants' | 'settlements',
  path: string,
  actor: string,
  run: (opts: ImportOptions) => Promise<ImportSummary>,
  opts: ImportOptions = {},
  recorded?: (id: number) => Promise<void>,
): Promise<{ id: number; summary: Promise<ImportSummary> }> {
  const [record] = await sql<{ id: number }>(
    'insert into import_run (kind, file_name, actor) values (?, ?, ?) returning id',
    [kind, basename(path), actor],
  );
  const id = record!.id;
  // Before the import takes its connection (the embedded database's only one): the upload's audit.
  await recorded?.(id);
  const errors: RowError[] = [];
  let kept = 0;
  // Every row error goes to a spool file as it comes (a run may have millions; memory stays flat),
  // and into import_row_error once the import has ended and let go of its connection.
  const spool = errorSpool();
  live.set(id, { bytesRead: 0, bytesTotal: 0, rowsRead: 0, rejected: 0, elapsedMs: 0 });
  // Whatever happens to the import, the run ends in a final state (never "running" for ever).
  const summary = Promise.resolve()
    .then(() =>
      run({
        ...opts,
        onError: (e) => {
          // Row errors arrive as the user sees them (runFileImport cuts them to short, storable
          // excerpts: a NUL in jsonb would fail the statement that ends the run); no more of them
          // are kept than KEEP_ERROR_CHARS.
          const size =
            e.column.length + e.message.length + e.code.length + JSON.stringify(e.params).length + 60;
          if (errors.length < KEEP_ERRORS && kept + size <= KEEP_ERROR_CHARS) {
            errors.push(e);
            kept += size;
          }
          spool.add(e);
          opts.onError?.(e);
        },
        onProgress: (p) => {
          live.set(id, p);
          opts.onProgress?.(p);
        },
      }),
    )
    .then(
      async (s) => {
        const count = await spool.store(sql, id).catch(() => 0);
        live.delete(id);
        await finish(sql, id, s.rolledBack ? 'rejected' : 'succeeded', s, errors, count);
        return s;
      },
      async (err: unknown) => {
        const count = await spool.store(sql, id).catch(() => 0);
        live.delete(id);
        await finish(sql, id, 'failed', null, errors, count);
        throw err;
      },
    );
  return { id, summary };
}

/** Completes a run and emits its import.finished event (docs/events.md) in one statement. */
function finishSql(guard: string): string {
  return emitSql(
    'import.finished',
    `select jsonb_build_object('runId', id, 'kind', kind, 'fileName', file_name, 'status', status,
       'rowsRead', rows_read, 'inserted', inserted, 'updated', updated, 'skipped', skipped,
       'rejected', rejected, 'actor', actor) as payload from run`,
    `run as (update import_run set status = ?, rows_read = ?, inserted = ?, updated = ?, skipped = ?,
       rejected = ?, errors = ?::jsonb, format = ?, encoding = ?, sheet = ?, error_count = ?,
       finished_at = now() where id = ? and ${guard} returning *)`,
  );
}

/**
 * Records a run's outcome. The database may be what failed (a restart, a dropped connection): try
 * again for about 15 s, so the run is not left "running" for ever; from the third attempt on
 * without its errors, in case they are what the database refuses. Its outcome and import.finished
 * event go together in one statement, or neither (then the next attempt).
 */
async function finish(
  sql: SqlRows,
  id: number,
  status: 'succeeded' | 'rejected' | 'failed',
  s: ImportSummary | null,
  errors: RowError[],
  errorCount: number,
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await sql(finishSql("status = 'running'"), [
        status,
        s?.rowsRead ?? 0,
        s?.inserted ?? 0,
        s?.updated ?? 0,
        s?.skipped ?? 0,
        s?.rejected ?? 0,
        JSON.stringify(attempt < 2 ? errors : []),
        s?.format ?? null,
        s?.encoding ?? null,
        s?.sheet ?? null,
        errorCount,
        id,
      ]);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
}

/**
 * A run's row errors on their way to import_row_error: appended to a temp file as they come, then
 * stored in batches by `store` (the spool file goes either way).
 */
function errorSpool() {
  let dir: string | null = null;
  let out: ReturnType<typeof createWriteStream> | null = null;
  let count = 0;
  return {
    add(e: RowError) {
      if (count >= MAX_STORED_ERRORS) return;
      if (!out) {
        dir = mkdtempSync(join(tmpdir(), 'cornerstone-errors-'));
        out = createWriteStream(join(dir, 'errors.ndjson'));
      }
      count++;
      const last = count === MAX_STORED_ERRORS;
      const message = last ? `${e.message} (errors stored stop here: ${MAX_STORED_ERRORS})` : e.message;
      out.write(`${JSON.stringify([e.row, e.column, e.cell ?? null, message, e.code, e.params])}\n`);
    },
    /** Stores the spooled errors of run `id`; returns how many. */
    async store(sql: SqlRows, id: number): Promise<number> {
      if (!out || !dir) return 0;
      const file = join(dir, 'errors.ndjson');
      out.end();
      await once(out, 'close');
      try {
        let seq = 0;
        let batch: unknown[][] = [];
        const flush = async () => {
          if (batch.length === 0) return;
          await sql(
            `insert into import_row_error (run_id, seq, line, column_name, cell, message, code, params)
             select ?, seq, line, col, cell, message, code, params
             from jsonb_to_recordset(?::jsonb)
               as e(seq int, line int, col text, cell text, message text, code text, params jsonb)
             on conflict do nothing`,
            [
              id,
              JSON.stringify(
                batch.map(([s, line, col, cell, message, code, params]) => ({
                  seq: s,
                  line,
                  col,
                  cell,
                  message,
                  code,
                  params,
                })),
              ),
            ],
          );
          batch = [];
        };
        for await (const line of createInterface({ input: createReadStream(file) })) {
          const [row, column, cell, message, code, params] = JSON.parse(line) as [
            number,
            string,
            string | null,
            string,
            string,
            object,
          ];
          batch.push([++seq, row, column, cell, message, code, params]);
          if (batch.length >= STORE_BATCH) await flush();
        }
        await flush();
        return seq;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
