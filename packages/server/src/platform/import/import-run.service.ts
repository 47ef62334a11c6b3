import { basename } from 'node:path';
import type { SqlRows } from '../db/replicas.ts';
import { emitSql } from '../events/outbox.ts';
import type { ImportOptions, ImportProgress, ImportSummary, RowError } from './csv-import.ts';

const KEEP_ERRORS = 200;
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
  live.set(id, { bytesRead: 0, bytesTotal: 0, rowsRead: 0, rejected: 0, elapsedMs: 0 });
  // Whatever happens to the import, the run ends in a final state (never "running" for ever).
  const summary = Promise.resolve()
    .then(() =>
      run({
        ...opts,
        onError: (e) => {
          // Row errors arrive as the user sees them (runCsvImport cuts them to short, storable
          // excerpts: a NUL in jsonb would fail the statement that ends the run); no more of them
          // are kept than KEEP_ERROR_CHARS.
          const size = e.column.length + e.message.length + 40;
          if (errors.length < KEEP_ERRORS && kept + size <= KEEP_ERROR_CHARS) {
            errors.push(e);
            kept += size;
          }
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
        live.delete(id);
        await finish(sql, id, s.rolledBack ? 'rejected' : 'succeeded', s, errors);
        return s;
      },
      async (err: unknown) => {
        live.delete(id);
        await finish(sql, id, 'failed', null, errors);
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
       rejected = ?, errors = ?::jsonb, finished_at = now() where id = ? and ${guard} returning *)`,
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
        id,
      ]);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
}
