import type { EntityManager } from '@mikro-orm/postgresql';
import { importMerchants } from '../merchant/merchant-import.ts';
import type { SettleDateWindow } from '../platform/config.ts';
import type { Orm } from '../platform/db/orm.ts';
import { primarySql } from '../platform/db/replicas.ts';
import type { ImportScope } from '../platform/import/csv-import.ts';
import type { ImportRun } from '../platform/import/import-run.entity.ts';
import { liveProgress, trackedImport } from '../platform/import/import-run.service.ts';
import { importSettlements } from '../settlement/settlement-import.ts';
import { ImportKind, type ImportRunType } from './import.types.ts';

/** Who starts an import, and under which rules. */
export interface ImportStart {
  /** The run's actor: the user's login. */
  actor: string;
  /** The user's scope (`scopeWhere(user)`); an administrator's: no conditions. */
  scope: ImportScope;
  skipInvalid: boolean;
  /** The settle dates accepted (Config), for a settlements file. */
  settleDateWindow: SettleDateWindow;
  /** Runs once the run has its id, before the import starts (the upload's audit row). */
  recorded?: (runId: number) => Promise<void>;
}

/** Starts an import in the background and returns its run id at once. */
export async function startImport(orm: Orm, kind: ImportKind, path: string, start: ImportStart) {
  const { actor, scope, skipInvalid, settleDateWindow } = start;
  const run = await trackedImport(
    primarySql(orm.em.fork() as EntityManager),
    kind,
    path,
    actor,
    (opts) =>
      kind === ImportKind.merchants
        ? importMerchants(orm, path, { ...opts, actor, scope, skipInvalid })
        : importSettlements(orm, path, { ...opts, scope, skipInvalid, settleDateWindow }),
    {},
    start.recorded,
  );
  // The record keeps the outcome; a failure is logged by the caller of summary, never unhandled.
  run.summary.catch(() => undefined);
  return run;
}

export function toImportRunType(r: ImportRun): ImportRunType {
  const p = liveProgress(r.id);
  return {
    id: r.id,
    kind: r.kind as ImportKind,
    fileName: r.fileName,
    status: r.status,
    progress:
      r.status !== 'running' ? 1 : p && p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0,
    rowsRead: p?.rowsRead ?? r.rowsRead,
    inserted: r.inserted,
    updated: r.updated,
    skipped: r.skipped,
    rejected: p?.rejected ?? r.rejected,
    errors: r.errors ?? [],
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
  };
}
