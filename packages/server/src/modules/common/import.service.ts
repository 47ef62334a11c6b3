import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.ts';
import { primarySql } from '../../db/replicas.ts';
import { importMerchants } from '../merchant/merchant-import.ts';
import { importSettlements } from '../settlement/settlement-import.ts';
import { ImportKind, type ImportRunType } from './import.types.ts';
import type { ImportRun } from './import-run.entity.ts';
import { liveProgress, trackedImport } from './import-run.service.ts';

/** Starts an import in the background and returns its run id at once. */
export async function startImport(
  orm: Orm,
  kind: ImportKind,
  path: string,
  actor: string,
  skipInvalid: boolean,
) {
  const run = await trackedImport(primarySql(orm.em.fork() as EntityManager), kind, path, actor, (opts) =>
    kind === ImportKind.merchants
      ? importMerchants(orm, path, { ...opts, actor, skipInvalid })
      : importSettlements(orm, path, { ...opts, skipInvalid }),
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
