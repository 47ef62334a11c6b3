import type { EntityManager } from '@mikro-orm/postgresql';
import { withDates } from '../../db/values.ts';
import { AppError } from '../../graphql/errors.ts';
import { logger } from '../../logger.ts';
import { MAX_PAGE } from '../merchant/merchant.service.ts';

export type AuditOutcome = 'ok' | 'denied' | 'error';

export interface AuditEntry {
  actor: string | null;
  role?: string | null;
  /** `login`, `logout`, `reveal`, `export`, `import`, `mutation:<field>`, … */
  action: string;
  /** The record acted on, e.g. `merchant:898610000000001`, `complaint:12`. */
  target?: string | null;
  outcome: AuditOutcome;
  ip?: string | null;
  requestId?: string | null;
  /** Never personal data in clear: names of fields, counts, reasons. */
  detail?: Record<string, unknown> | null;
}

/**
 * Appends one row to the audit log on its own connection (outside the caller's transaction, so a
 * rolled-back write is still recorded as tried). A failure to audit is logged loudly.
 */
export async function audit(em: EntityManager, e: AuditEntry): Promise<void> {
  try {
    await em
      .fork()
      .getConnection()
      .execute(
        `insert into audit_log (actor, role, action, target, outcome, ip, request_id, detail)
         values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
        [
          e.actor,
          e.role ?? null,
          e.action,
          e.target ?? null,
          e.outcome,
          e.ip ?? null,
          e.requestId ?? null,
          e.detail ? JSON.stringify(e.detail) : null,
        ],
      );
  } catch (err) {
    logger.error({ err, action: e.action, requestId: e.requestId }, 'audit write failed');
  }
}

/** Login throttling (ours): 5 refused attempts per login or 20 per address in 15 minutes. */
export const LOGIN_LIMITS = { windowMinutes: 15, perLogin: 5, perAddress: 20 } as const;

/** Whether another login attempt for `login` from `ip` must wait, counted from the audit log. */
export async function loginThrottled(em: EntityManager, login: string, ip: string | null): Promise<boolean> {
  const [row] = await em.getConnection().execute<{ by_login: number; by_ip: number }[]>(
    `select count(*) filter (where target = ?)::int as by_login, count(*) filter (where ip = ?)::int as by_ip
     from audit_log where action = 'login' and outcome = 'denied'
       and at > now() - make_interval(mins => ?) and (target = ? or ip = ?)`,
    [`login:${login}`, ip ?? '', LOGIN_LIMITS.windowMinutes, `login:${login}`, ip ?? ''],
  );
  return (row?.by_login ?? 0) >= LOGIN_LIMITS.perLogin || (row?.by_ip ?? 0) >= LOGIN_LIMITS.perAddress;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: string | null;
  role: string | null;
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  requestId: string | null;
  detail: string | null;
}

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  target?: string | null;
  outcome?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The audit log for administrators, newest first. */
export async function listAudit(
  em: EntityManager,
  filter: AuditFilter | null | undefined,
  first: number,
  after: string | null | undefined,
) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw new AppError('BAD_USER_INPUT', `first: between 1 and ${MAX_PAGE}`, { field: 'first' });
  const sql: string[] = [];
  const params: unknown[] = [];
  const add = (s: string, v: unknown) => {
    sql.push(s);
    params.push(v);
  };
  if (filter?.actor) add('actor = ?', filter.actor);
  if (filter?.action) add('action = ?', filter.action);
  if (filter?.target) add('target = ?', filter.target);
  if (filter?.outcome) add('outcome = ?', filter.outcome);
  if (filter?.from) add('at >= ?', filter.from);
  if (filter?.to) add('at < ?', filter.to);
  const where = sql.length ? sql.join(' and ') : 'true';
  let page = '';
  const pageParams: unknown[] = [];
  if (after) {
    const m = /^a:(\d{1,18})$/.exec(Buffer.from(after, 'base64url').toString());
    if (!m) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
    page = 'and id < ?::bigint';
    pageParams.push(m[1]);
  }
  const conn = em.getConnection();
  const [rows, [count]] = await Promise.all([
    conn.execute<AuditRow[]>(
      `select id::text, at, actor, role, action, target, outcome, ip, request_id as "requestId", detail::text as detail
       from audit_log where ${where} ${page} order by audit_log.id desc limit ?`,
      [...params, ...pageParams, first + 1],
    ),
    conn.execute<{ n: number }[]>(`select count(*)::int as n from audit_log where ${where}`, params),
  ]);
  const items = withDates(rows.slice(0, first), 'at').map((r) => ({
    ...r,
    cursor: Buffer.from(`a:${r.id}`).toString('base64url'),
  }));
  return { rows: items, totalCount: count!.n, hasNextPage: rows.length > first };
}
