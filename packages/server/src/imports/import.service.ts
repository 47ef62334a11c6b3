import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppUser } from '../identity/user.entity.ts';
import { importMerchants } from '../merchant/merchant-import.ts';
import type { SettleDateWindow } from '../platform/config.ts';
import type { Orm } from '../platform/db/orm.ts';
import { primarySql } from '../platform/db/replicas.ts';
import { connectionFrom, keysetSql, type PageRequest } from '../platform/graphql/connection.ts';
import { globalId } from '../platform/graphql/node.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import type { ImportScope } from '../platform/import/file-import.ts';
import { ImportRun } from '../platform/import/import-run.entity.ts';
import { liveProgress, trackedImport } from '../platform/import/import-run.service.ts';
import type { Encoding } from '../platform/import/text-encoding.ts';
import { importSettlements } from '../settlement/settlement-import.ts';
import { type DataImportType, ImportKind, type ImportRunType } from './import.types.ts';

/** Who starts an import, and under which rules. */
export interface ImportStart {
  /** The run's actor: the user's login. */
  actor: string;
  /** The user's scope (`scopeWhere(user)`); an administrator's: no conditions. */
  scope: ImportScope;
  skipInvalid: boolean;
  /** A CSV's encoding, when the user names it; found by itself otherwise. */
  encoding?: Encoding;
  /** A workbook's sheet, when the user names it; the first otherwise. */
  sheet?: string;
  /** The settle dates accepted (Config), for a settlements file. */
  settleDateWindow: SettleDateWindow;
  /** Runs once the run has its id, before the import starts (the upload's audit row). */
  recorded?: (runId: number) => Promise<void>;
}

/** Starts an import in the background and returns its run id at once. */
export async function startImport(orm: Orm, kind: ImportKind, path: string, start: ImportStart) {
  const { actor, scope, skipInvalid, settleDateWindow, encoding, sheet } = start;
  const run = await trackedImport(
    primarySql(orm.em.fork() as EntityManager),
    kind,
    path,
    actor,
    (opts) =>
      kind === ImportKind.merchants
        ? importMerchants(orm, path, { ...opts, actor, scope, skipInvalid, encoding, sheet })
        : importSettlements(orm, path, { ...opts, scope, skipInvalid, settleDateWindow, encoding, sheet }),
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
    errors: (r.errors ?? []).map((e) => ({
      row: e.row,
      column: e.column,
      message: e.message,
      cell: e.cell ?? null,
      code: e.code ?? null,
      params: e.params ? JSON.stringify(e.params) : null,
    })),
    format: r.format,
    encoding: r.encoding,
    sheet: r.sheet,
    errorCount: r.errorCount,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
  };
}

/** The same run as a node of the list of runs (DataImport): a global id, the run id beside it. */
export function toDataImport(r: ImportRun): DataImportType {
  return { ...toImportRunType(r), id: globalId('DataImport', r.id), runId: r.id };
}

/**
 * The runs a user may see: an administrator all of them (the command line's too), anyone else the
 * runs they started. A run's errors quote rows of its file, which may lie outside the reader's scope.
 */
export function ownRuns(user: AppUser): { actor?: string } {
  return user.role === 'admin' ? {} : { actor: user.login };
}

/** One page of the runs a user may see, newest first, and how many there are. */
export async function importRunsPage(em: EntityManager, user: AppUser, req: PageRequest) {
  const keyset = keysetSql(req, ['r.id'], 'desc');
  const page = em
    .createQueryBuilder(ImportRun, 'r')
    .select('*')
    .where(ownRuns(user))
    .orderBy({ id: keyset.ascending ? 'asc' : 'desc' })
    .limit(keyset.limit);
  if (keyset.where) page.andWhere(keyset.where, keyset.params);
  const [rows, totalCount] = await Promise.all([
    page.getResultList(),
    em.createQueryBuilder(ImportRun, 'r').where(ownRuns(user)).getCount(),
  ]);
  return { ...connectionFrom(rows, req, (r) => [r.id]), totalCount };
}

/** One page of a run's stored row errors, in the order they were found. */
export function runErrorsPage(em: EntityManager, runId: number, req: PageRequest) {
  return pageOfSql<{
    seq: number;
    row: number;
    column: string;
    cell: string | null;
    message: string;
    code: string | null;
    params: string | null;
  }>(
    em,
    {
      select:
        'e.seq, e.line as "row", e.column_name as "column", e.cell, e.message, e.code, e.params::text as params',
      from: 'import_row_error e',
      where: { sql: ['e.run_id = ?'], params: [runId] },
      orderBy: ['e.seq'],
      direction: 'asc',
      types: ['bigint'],
      keys: (r) => [r.seq],
    },
    req,
  );
}
