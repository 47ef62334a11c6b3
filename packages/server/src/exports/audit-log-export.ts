import { isIP } from 'node:net';
import { spreadsheetCell } from '@cornerstone/shared/export/spreadsheet-cell';
import { may } from '@cornerstone/shared/roles/permissions';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import {
  type AuditFilter,
  type AuditRow,
  audit,
  auditBatch,
  auditWhere,
  checkAuditFilter,
} from '../identity/audit/audit.service.ts';
import { refused } from '../identity/guard.ts';
import { callerOf } from '../identity/request-user.ts';
import type { Orm } from '../platform/db/orm.ts';
import { AppError, badInput, sendError } from '../platform/graphql/errors.ts';
import { textProblem } from '../platform/graphql/input-text.ts';
import { logger } from '../platform/logger.ts';
import { exportFormat, startExport } from './export-sink.ts';

export const AUDIT_EXPORT_HEADER = [
  'at',
  'actor',
  'role',
  'action',
  'target',
  'outcome',
  'ip',
  'request_id',
  'detail',
] as const;

const TEXT_KEYS = ['actor', 'action', 'target', 'outcome'] as const;
const DATE_KEYS = ['from', 'to'] as const;
const BATCH = 2000;

/**
 * A client address with its host part hidden: 10.1.2.3 → 10.1.2.*, 2001:db8:1:2:… → 2001:db8:1:*.
 * An address is personal data once it leaves the system in a file; the network it came from is
 * what an investigation needs, and the full address stays on the screen of the log for the
 * administrator who needs it.
 */
export function maskAddress(ip: string | null): string | null {
  if (!ip) return ip;
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+)\.\d+$/i.exec(ip);
  if (v4) return `${v4[1]}.*`;
  if (isIP(ip) === 6) return `${ip.split(':').slice(0, 3).join(':')}:*`;
  return '*';
}

/** The query string's filter, read as the `auditLog` query's: text as text, dates as instants. */
function filterOf(req: Request): AuditFilter {
  const filter: AuditFilter = {};
  for (const k of TEXT_KEYS) {
    const v = req.query[k];
    if (typeof v !== 'string' || !v) continue;
    // The same text rules as a GraphQL argument: no NUL (it would fail in SQL), at most 2,000 characters.
    const problem = textProblem(v);
    if (problem) throw badInput(k, problem);
    filter[k] = v;
  }
  for (const k of DATE_KEYS) {
    const v = req.query[k];
    if (typeof v !== 'string' || !v) continue;
    const at = new Date(v);
    if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(at.getTime()))
      throw badInput(k, 'an ISO date-time, e.g. 2026-12-01T00:00:00+08:00');
    filter[k] = at;
  }
  checkAuditFilter(filter);
  return filter;
}

/**
 * The cells of one row, the address masked and formula cells neutralised (OWASP CSV injection): a
 * target or detail holds what a user typed, e.g. a login `=cmd|…` tried at sign-in.
 */
const cellsOf = (r: AuditRow) =>
  [
    r.at.toISOString(),
    r.actor,
    r.role,
    r.action,
    r.target,
    r.outcome,
    maskAddress(r.ip),
    r.requestId,
    r.detail,
  ].map((v) => spreadsheetCell(v));

/**
 * GET /api/exports/audit-log.{csv|xlsx}?actor=…&action=…&target=…&outcome=…&from=…&to=…: the audit
 * log of the `auditLog` query's filter, newest first, for administrators only. Streams in keyset
 * batches of 2,000 (memory stays flat however long the log); the export is itself audited, with the
 * names of the filter's conditions and the row count, never their values.
 */
export function auditLogExportHandler(orm: Orm) {
  return async (req: Request, res: Response) => {
    const format = exportFormat(req, res);
    if (!format) return;
    const em = orm.em.fork() as EntityManager;
    const { user } = await callerOf(em, req);
    if (!user) {
      sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first (Authorization: Bearer <token>)');
      return;
    }
    const base = {
      actor: user.login,
      role: user.role,
      action: 'export',
      target: 'audit_log',
      ip: req.ip ?? null,
      requestId: (req as unknown as { requestId: string }).requestId,
    };
    if (!may(user.role, 'administer')) {
      await audit(em, { ...base, outcome: 'denied', detail: { format } });
      sendError(res, 403, 'FORBIDDEN', refused('administer').message);
      return;
    }
    let filter: AuditFilter;
    try {
      filter = filterOf(req);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await audit(em, { ...base, outcome: 'error', detail: { format, error: err.message } });
      const field = err.extensions.field;
      sendError(res, 400, 'BAD_USER_INPUT', err.message, typeof field === 'string' ? field : undefined);
      return;
    }
    const conditions = Object.keys(filter);
    // The export's own row is written after the rows are read: a file never lists itself.
    let rows = 0;
    try {
      const sink = startExport(res, 'audit-log', format, AUDIT_EXPORT_HEADER);
      const where = auditWhere(filter);
      let before: string | null = null;
      for (;;) {
        const batch = await auditBatch(em, where, before, BATCH);
        for (const r of batch) await sink.write(cellsOf(r));
        rows += batch.length;
        if (batch.length < BATCH) break;
        before = batch.at(-1)!.id;
      }
      await sink.end();
      await audit(em, { ...base, outcome: 'ok', detail: { format, filter: conditions, rows } });
    } catch (err) {
      logger.error({ err, requestId: base.requestId }, 'audit log export failed');
      await audit(em, { ...base, outcome: 'error', detail: { format, filter: conditions, rows } });
      res.destroy();
    }
  };
}
