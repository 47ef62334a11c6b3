import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { audit } from '../identity/audit/audit.service.ts';
import { callerOf } from '../identity/request-user.ts';
import { scopeWhere } from '../identity/scope.ts';
import type { Config } from '../platform/config.ts';
import type { Orm } from '../platform/db/orm.ts';
import { sendError } from '../platform/graphql/errors.ts';
import { logger } from '../platform/logger.ts';
import { startImport } from './import.service.ts';
import { ImportKind } from './import.types.ts';

const MAY_IMPORT: Record<ImportKind, string[]> = {
  merchants: ['admin', 'branch_manager'],
  settlements: ['admin', 'operations'],
};

/**
 * POST /api/imports/{merchants|settlements}[?skipInvalid=true] with the CSV file as the body: the
 * web app's upload. The body streams to a temp file (never held in memory); the answer is the run
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
        settleDateWindow: config.settleDateWindow,
        recorded: (id) =>
          audit(em, {
            ...base,
            target: `import_run:${id}`,
            outcome: 'ok',
            detail: { kind, fileName: name, skipInvalid },
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
