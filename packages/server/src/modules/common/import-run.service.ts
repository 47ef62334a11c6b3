import { basename } from 'node:path';
import type { SqlRows } from '../../db/replicas.ts';
import { emitSql } from '../integrations/outbox.ts';
import type { ImportOptions, ImportProgress, ImportSummary, RowError } from './csv-import.ts';

const KEEP_ERRORS = 200;

/** Progress of the imports running in this process, by run id, for `importRun` while they run. */
const live = new Map<number, ImportProgress>();

export function liveProgress(id: number): ImportProgress | undefined {
  return live.get(id);
}

/**
 * Runs an import with a durable record: the run row is written before the file is read (so it is
 * visible while it runs) and completed with the summary and the first rejected rows after, together
 * with its import.finished event. `sql` runs on the primary: through the ORM (`primarySql`) or a
 * bare pg pool (`pgSql`, the CLI's bulk commands).
 */
export async function trackedImport(
  sql: SqlRows,
  kind: 'merchants' | 'settlements',
  path: string,
  actor: string,
  run: (opts: ImportOptions) => Promise<ImportSummary>,
  opts: ImportOptions = {},
): Promise<{ id: number; summary: Promise<ImportSummary> }> {
  const [record] = await sql<{ id: number }>(
    'insert into import_run (kind, file_name, actor) values (?, ?, ?) returning id',
    [kind, basename(path), actor],
  );
  const id = record!.id;
  const errors: RowError[] = [];
  live.set(id, { bytesRead: 0, bytesTotal: 0, rowsRead: 0, rejected: 0, elapsedMs: 0 });
  const summary = run({
    ...opts,
    onError: (e) => {
      if (errors.length < KEEP_ERRORS) errors.push(e);
      opts.onError?.(e);
    },
    onProgress: (p) => {
      live.set(id, p);
      opts.onProgress?.(p);
    },
  }).then(
    async (s) => {
      live.delete(id);
      await sql(finishSql("status = 'running'"), [
        s.rolledBack ? 'rejected' : 'succeeded',
        s.rowsRead,
        s.inserted,
        s.updated,
        s.skipped,
        s.rejected,
        JSON.stringify(errors),
        id,
      ]);
      return s;
    },
    async (err: unknown) => {
      live.delete(id);
      await recordFailure(sql, id, errors);
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
 * Marks a run failed. The database may be what failed (a restart, a dropped connection): try again
 * for about 15 s, so the run is not left "running" for ever. Its outcome and import.finished event
 * go together in one statement, or neither (then the next attempt).
 */
async function recordFailure(sql: SqlRows, id: number, errors: RowError[]): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await sql(finishSql("status = 'running'"), ['failed', 0, 0, 0, 0, 0, JSON.stringify(errors), id]);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
}
