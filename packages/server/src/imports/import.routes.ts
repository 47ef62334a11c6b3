import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { spreadsheetCell } from '@cornerstone/shared/export/spreadsheet-cell';
import { may } from '@cornerstone/shared/roles/permissions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { audit } from '../identity/audit/audit.service.ts';
import { callerOf } from '../identity/request-user.ts';
import { scopeWhere } from '../identity/scope.ts';
import type { Config } from '../platform/config.ts';
import type { Orm } from '../platform/db/orm.ts';
import { sendError } from '../platform/graphql/errors.ts';
import { ImportRun } from '../platform/import/import-run.entity.ts';
import { type Encoding, EncodingError, parseEncoding } from '../platform/import/text-encoding.ts';
import { logger } from '../platform/logger.ts';
import { ownRuns, startImport } from './import.service.ts';
import { ImportKind } from './import.types.ts';

const MAY_IMPORT: Record<ImportKind, string[]> = {
  merchants: ['admin', 'branch_manager'],
  settlements: ['admin', 'operations'],
};

/**
 * POST /api/imports/{merchants|settlements}[?skipInvalid=true][&encoding=utf-8|gb18030][&sheet=S]
 * with the file as the body — a CSV (UTF-8 or GB18030, found by itself unless named) or an .xlsx
 * workbook (its first sheet unless named), told apart by their bytes: the web app's upload. The body streams to a temp file (never held in memory); the answer is the run
 * id, whose progress `importRun(id)` reports. The import runs with the uploader's rights: every row
 * within their scope (docs/contract.md). Every upload is audited, refused ones too; the run's outcome is
 * in its import_run row.
 */
export function importUploadHandler(orm: Orm, config: Config) {
  return async (req: Request, res: Response) => {
    const kind = req.params.kind as ImportKind;
    if (kind !== ImportKind.merchants && kind !== ImportKind.settlements) {
      sendError(res, 404, 'NOT_FOUND', 'unknown import kind');
      return;
    }
    const em = orm.em.fork() as EntityManager;
    const { user, token } = await callerOf(em, req);
    const base = {
      actor: user?.login ?? null,
      role: user?.role ?? null,
      action: 'import',
      ip: req.ip ?? null,
      requestId: (req as unknown as { requestId: string }).requestId,
    };
    if (!user) {
      // A token that no longer works is someone trying: on record. No token at all is just a 401.
      if (token) await audit(em, { ...base, target: `imports:${kind}`, outcome: 'denied', detail: { kind } });
      sendError(res, 401, 'UNAUTHENTICATED', 'sign in first');
      return;
    }
    if (!MAY_IMPORT[kind].includes(user.role)) {
      await audit(em, { ...base, target: `imports:${kind}`, outcome: 'denied', detail: { kind } });
      sendError(res, 403, 'FORBIDDEN', `your role may not import ${kind}`);
      return;
    }
    let encoding: Encoding | undefined;
    try {
      encoding = parseEncoding(typeof req.query.encoding === 'string' ? req.query.encoding : undefined);
    } catch (e) {
      if (!(e instanceof EncodingError)) throw e;
      sendError(res, 400, 'BAD_USER_INPUT', e.message);
      return;
    }
    const sheet =
      typeof req.query.sheet === 'string' && req.query.sheet !== ''
        ? req.query.sheet.slice(0, 100)
        : undefined;
    const name = String(req.query.fileName ?? `${kind}.csv`)
      .replace(/[^\p{L}\p{N}._-]/gu, '_')
      .slice(0, 100);
    const path = join(mkdtempSync(join(tmpdir(), 'cornerstone-upload-')), name);
    const skipInvalid = req.query.skipInvalid === 'true';
    let run: Awaited<ReturnType<typeof startImport>>;
    try {
      await pipeline(req, createWriteStream(path));
      run = await startImport(orm, kind, path, {
        actor: user.login,
        // The same scope as the uploader's reads.
        scope: scopeWhere(user),
        skipInvalid,
        encoding,
        sheet,
        settleDateWindow: config.settleDateWindow,
        recorded: (id) =>
          audit(em, {
            ...base,
            target: `import_run:${id}`,
            outcome: 'ok',
            detail: { kind, fileName: name, skipInvalid, encoding: encoding ?? 'auto', sheet: sheet ?? null },
          }),
      });
    } catch (err) {
      rmSync(dirname(path), { recursive: true, force: true });
      logger.error({ err, requestId: base.requestId }, 'import upload failed');
      await audit(em, { ...base, target: `imports:${kind}`, outcome: 'error', detail: { kind } });
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'the upload failed; try again');
      return;
    }
    // The uploaded copy goes once the run has ended, whatever its outcome.
    void run.summary
      .catch(() => undefined)
      .finally(() => rmSync(dirname(path), { recursive: true, force: true }));
    res.status(202).json({ id: run.id });
  };
}

/** Rows read per statement while a run's errors are written out. */
const ERRORS_BATCH = 5000;

/**
 * GET /api/imports/{id}/errors.csv: every stored row error of a run the caller may see (their own;
 * administrators all), as CSV with a BOM so Excel opens it. Messages quote the file's cells: a cell
 * a spreadsheet would run as a formula is neutralised, as in every export.
 */
export function importErrorsHandler(orm: Orm) {
  return async (req: Request, res: Response) => {
    const em = orm.em.fork() as EntityManager;
    const { user } = await callerOf(em, req);
    if (!user) {
      sendError(res, 401, 'UNAUTHENTICATED', 'sign in first');
      return;
    }
    const id = /^\d{1,9}$/.test(String(req.params.id)) ? Number(req.params.id) : null;
    const run =
      id !== null && may(user.role, 'readImports')
        ? await em.findOne(ImportRun, { id, ...ownRuns(user) })
        : null;
    if (!run) {
      // Another user's run answers as if there were none, as importRun(id) does.
      sendError(res, 404, 'NOT_FOUND', 'no such import run');
      return;
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="import-${run.id}-errors.csv"`);
    const csv = stringify({ bom: true });
    csv.pipe(res);
    // The columns it always had, then the problem's code (its words in either language: shared problems.ts).
    csv.write(['row', 'column', 'cell', 'message', 'code']);
    const conn = em.getConnection();
    for (let after = 0; ; ) {
      const rows = await conn.execute<
        {
          seq: number;
          line: number;
          column_name: string;
          cell: string | null;
          message: string;
          code: string | null;
        }[]
      >(
        'select seq, line, column_name, cell, message, code from import_row_error where run_id = ? and seq > ? order by seq limit ?',
        [run.id, after, ERRORS_BATCH],
      );
      for (const r of rows)
        if (
          !csv.write([
            r.line,
            spreadsheetCell(r.column_name),
            r.cell ?? '',
            spreadsheetCell(r.message),
            r.code ?? '',
          ])
        )
          await once(csv, 'drain');
      if (rows.length < ERRORS_BATCH) break;
      after = rows.at(-1)!.seq;
    }
    csv.end();
    await once(res, 'finish');
  };
}
