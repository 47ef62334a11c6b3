import { basename } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.ts';
import { emitEvents } from '../integrations/webhooks.service.ts';
import type { ImportOptions, ImportProgress, ImportSummary, RowError } from './csv-import.ts';
import { ImportRun } from './import-run.entity.ts';

const KEEP_ERRORS = 200;

/** Progress of the imports running in this process, by run id, for `importRun` while they run. */
const live = new Map<number, ImportProgress>();

export function liveProgress(id: number): ImportProgress | undefined {
  return live.get(id);
}

/**
 * Runs an import with a durable record: the run row is written before the file is read (so it is
 * visible while it runs) and completed with the summary and the first rejected rows after.
 */
export async function trackedImport(
  orm: Orm,
  kind: 'merchants' | 'settlements',
  path: string,
  actor: string,
  run: (opts: ImportOptions) => Promise<ImportSummary>,
  opts: ImportOptions = {},
): Promise<{ id: number; summary: Promise<ImportSummary> }> {
  const em = orm.em.fork() as EntityManager;
  const record = em.create(ImportRun, { kind, fileName: basename(path), actor });
  await em.flush();
  const errors: RowError[] = [];
  live.set(record.id, { bytesRead: 0, bytesTotal: 0, rowsRead: 0, rejected: 0, elapsedMs: 0 });
  const summary = run({
    ...opts,
    onError: (e) => {
      if (errors.length < KEEP_ERRORS) errors.push(e);
      opts.onError?.(e);
    },
    onProgress: (p) => {
      live.set(record.id, p);
      opts.onProgress?.(p);
    },
  }).then(
    async (s) => {
      live.delete(record.id);
      em.assign(record, {
        status: s.rolledBack ? 'rejected' : 'succeeded',
        rowsRead: s.rowsRead,
        inserted: s.inserted,
        updated: s.updated,
        skipped: s.skipped,
        rejected: s.rejected,
        errors,
        finishedAt: new Date(),
      });
      await em.flush();
      await emitImportFinished(em, record);
      return s;
    },
    async (err: unknown) => {
      live.delete(record.id);
      await recordFailure(orm, record.id, errors);
      throw err;
    },
  );
  return { id: record.id, summary };
}

/**
 * Marks a run failed. The database may be what failed (a restart, a dropped connection): try again
 * for about 15 s, each time on a fresh unit of work, so the run is not left "running" for ever.
 */
async function recordFailure(orm: Orm, id: number, errors: RowError[]): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // The outcome and its import.finished event together, or neither (then the next attempt).
      await orm.em.fork().transactional(async (tx) => {
        const em = tx as EntityManager;
        const run = await em.findOneOrFail(ImportRun, id);
        if (run.status !== 'running') return;
        em.assign(run, { status: 'failed', errors, finishedAt: new Date() });
        await em.flush();
        await emitImportFinished(em, run);
      });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
}

function emitImportFinished(em: EntityManager, r: ImportRun) {
  return emitEvents(em, 'import.finished', [
    {
      runId: r.id,
      kind: r.kind,
      fileName: r.fileName,
      status: r.status,
      rowsRead: r.rowsRead,
      inserted: r.inserted,
      updated: r.updated,
      skipped: r.skipped,
      rejected: r.rejected,
      actor: r.actor,
    },
  ]);
}
