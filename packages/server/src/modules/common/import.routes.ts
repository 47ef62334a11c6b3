import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Orm } from '../../db/orm.ts';
import { requestToken, userForToken } from '../auth/auth.service.ts';
import { startImport } from './import.service.ts';
import { ImportKind } from './import.types.ts';

const MAY_IMPORT: Record<ImportKind, string[]> = {
  merchants: ['admin', 'branch_manager'],
  settlements: ['admin', 'operations'],
};

/**
 * POST /api/imports/{merchants|settlements}[?skipInvalid=true] with the CSV file as the body: the
 * web app's upload. The body streams to a temp file (never held in memory); the answer is the run
 * id, whose progress `importRun(id)` reports.
 */
export function importUploadHandler(orm: Orm) {
  return async (req: Request, res: Response) => {
    const kind = req.params.kind as ImportKind;
    if (kind !== ImportKind.merchants && kind !== ImportKind.settlements) {
      res.status(404).json({ error: 'unknown import kind' });
      return;
    }
    const token = requestToken(req.headers);
    const user = token ? await userForToken(orm.em.fork() as EntityManager, token) : null;
    if (!user) {
      res.status(401).json({ error: 'sign in first' });
      return;
    }
    if (!MAY_IMPORT[kind].includes(user.role)) {
      res.status(403).json({ error: `your role may not import ${kind}` });
      return;
    }
    const name = String(req.query.fileName ?? `${kind}.csv`)
      .replace(/[^\p{L}\p{N}._-]/gu, '_')
      .slice(0, 100);
    const path = join(mkdtempSync(join(tmpdir(), 'cornerstone-upload-')), name);
    await pipeline(req, createWriteStream(path));
    const run = await startImport(orm, kind, path, user.login, req.query.skipInvalid === 'true');
    res.status(202).json({ id: run.id });
  };
}
