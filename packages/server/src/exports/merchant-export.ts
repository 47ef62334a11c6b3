import { spreadsheetCell } from '@cornerstone/shared/export/spreadsheet-cell';
import { maskMobile } from '@cornerstone/shared/privacy/mask';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { audit } from '../identity/audit/audit.service.ts';
import { callerOf } from '../identity/request-user.ts';
import type { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { merchantWhere } from '../merchant/merchant.service.ts';
import type { Orm } from '../platform/db/orm.ts';
import { decryptPersonal } from '../platform/db/personal-data.ts';
import { analyticsSql } from '../platform/db/replicas.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { AppError, badInput, sendError } from '../platform/graphql/errors.ts';
import { textProblem } from '../platform/graphql/input-text.ts';
import { logger } from '../platform/logger.ts';
import { exportFormat, startExport } from './export-sink.ts';

export const EXPORT_HEADER = [
  'mid',
  'name',
  'mcc',
  'category',
  'fee_plan',
  'rate',
  'cap',
  'branch',
  'manager',
  'status',
  'onboarded_on',
  'contact_name',
  'contact_mobile',
] as const;

/** Columns of numbers (rate, cap): a plain decimal stays as it is; every other cell is text. */
const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['rate', 'cap']);

const FILTER_KEYS = [
  'branch',
  'category',
  'manager',
  'status',
  'feePlan',
  'search',
  'tier',
  'period',
] as const;
const BATCH = 2000;

interface ExportRow {
  mid: string;
  name: string;
  mcc: string;
  category: string;
  fee_plan: string;
  rate: string;
  cap: string | null;
  branch: string;
  manager: string | null;
  status: string;
  onboarded_on: string;
  contact_name: string | null;
  contact_mobile: string | null;
}

/**
 * GET /api/exports/merchants.{csv|xlsx}?branch=…&tier=KEY&period=2026-10…: the merchant list of any
 * filter (the `merchants` query's), in the caller's scope, with personal data masked. Streams in
 * keyset batches of 2,000 (memory stays flat for a million rows); every export is audited.
 */
export function merchantExportHandler(orm: Orm) {
  return async (req: Request, res: Response) => {
    const format = exportFormat(req, res);
    if (!format) return;
    const em = orm.em.fork() as EntityManager;
    const { user } = await callerOf(em, req);
    if (!user) {
      sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first (Authorization: Bearer <token>)');
      return;
    }
    const filter: Record<string, string> = {};
    for (const k of FILTER_KEYS)
      if (typeof req.query[k] === 'string' && req.query[k]) filter[k] = req.query[k];
    const base = {
      actor: user.login,
      role: user.role,
      action: 'export',
      target: 'merchants',
      ip: req.ip ?? null,
      requestId: (req as unknown as { requestId: string }).requestId,
    };
    let where: Awaited<ReturnType<typeof merchantWhere>>;
    try {
      // The same text rules as a GraphQL argument: no NUL (it would fail in SQL), at most 2,000 characters.
      for (const [k, v] of Object.entries(filter)) {
        const problem = textProblem(v);
        if (problem) throw badInput(`filter.${k}`, problem);
      }
      where = await merchantWhere(em, user, filter as unknown as MerchantFilter);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await audit(em, {
        ...base,
        outcome: 'error',
        detail: { format, filter: Object.keys(filter), error: err.message },
      });
      const field = err.extensions.field;
      sendError(res, 400, 'BAD_USER_INPUT', err.message, typeof field === 'string' ? field : undefined);
      return;
    }
    let rows = 0;
    try {
      const sink = startExport(res, 'merchants', format, EXPORT_HEADER);
      let after = '';
      // A bulk read: on a read replica when one is configured (db/replicas.ts), one replica throughout.
      const read = analyticsSql(em);
      for (;;) {
        const batch = await read<ExportRow>(
          `select m.mid, m.name, m.mcc, m.category_code as category, m.fee_plan, m.rate::text as rate, m.cap::text as cap,
                  b.name as branch, u.login as manager, m.status, m.onboarded_on::text as onboarded_on, m.contact_name,
                  m.contact_mobile
           from merchant m join branch b on b.id = m.branch_id left join app_user u on u.id = m.manager_id
           where ${whereSql(where)} and m.mid > ? order by m.mid limit ?`,
          [...where.params, after, BATCH],
        );
        for (const r of batch) {
          const masked = maskMobile(decryptPersonal(r.contact_mobile));
          // Formula cells neutralised (OWASP CSV injection): a name `=cmd|…` is written as `'=cmd|…`.
          await sink.write(
            EXPORT_HEADER.map((h) =>
              spreadsheetCell(h === 'contact_mobile' ? masked : r[h], NUMERIC_COLUMNS.has(h)),
            ),
          );
        }
        rows += batch.length;
        if (batch.length < BATCH) break;
        after = batch.at(-1)!.mid;
      }
      await sink.end();
      await audit(em, { ...base, outcome: 'ok', detail: { format, filter: Object.keys(filter), rows } });
    } catch (err) {
      logger.error({ err, requestId: base.requestId }, 'merchant export failed');
      await audit(em, { ...base, outcome: 'error', detail: { format, filter: Object.keys(filter), rows } });
      res.destroy();
    }
  };
}
