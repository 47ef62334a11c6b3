import type { EntityManager } from '@mikro-orm/postgresql';
import { type SqlWhere, whereSql } from '../../platform/db/sql-where.ts';
import { withDates } from '../../platform/db/values.ts';
import { connectionFrom, keysetSql, mapNodes, type PageRequest } from '../../platform/graphql/connection.ts';
import { InputCheck } from '../../platform/graphql/errors.ts';
import { globalId } from '../../platform/graphql/node.ts';
import { logger } from '../../platform/logger.ts';

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

const INSERT_AUDIT = `insert into audit_log (actor, role, action, target, outcome, ip, request_id, detail)
  values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)`;

const auditValues = (e: AuditEntry) => [
  e.actor,
  e.role ?? null,
  e.action,
  e.target ?? null,
  e.outcome,
  e.ip ?? null,
  e.requestId ?? null,
  e.detail ? JSON.stringify(e.detail) : null,
];

/**
 * Appends one row to the audit log on its own connection (outside the caller's transaction, so a
 * rolled-back write is still recorded as tried). A failure to audit is logged loudly.
 */
export async function audit(em: EntityManager, e: AuditEntry): Promise<void> {
  try {
    await em.fork().getConnection().execute(INSERT_AUDIT, auditValues(e));
  } catch (err) {
    logger.error({ err, action: e.action, requestId: e.requestId }, 'audit write failed');
  }
}

/**
 * Appends one row to the audit log inside the caller's transaction `t`, committed with it: for a
 * row that is part of a decision taken under a lock (a sign-in's). On the embedded database, whose
 * one connection the transaction holds, `audit()` would wait for that connection without end.
 */
export async function auditInTransaction(t: EntityManager, e: AuditEntry): Promise<void> {
  await t.execute(INSERT_AUDIT, auditValues(e), 'run');
}

/** Login throttling (ours): 5 refused attempts per login or 20 per address in 15 minutes. */
export const LOGIN_LIMITS = { windowMinutes: 15, perLogin: 5, perAddress: 20 } as const;

/**
 * Whether another sign-in to `target` (`login:<name>`) from `ip` must wait, counted from the
 * refused sign-ins in the audit log. Counted atomically only under the login's lock
 * (`lockLoginAttempts`), in the transaction that then records the attempt.
 */
export async function loginThrottled(t: EntityManager, target: string, ip: string | null): Promise<boolean> {
  const [row] = await t.execute<{ by_login: number; by_ip: number }[]>(
    `select count(*) filter (where target = ?)::int as by_login, count(*) filter (where ip = ?)::int as by_ip
     from audit_log where action = 'login' and outcome = 'denied'
       and at > now() - make_interval(mins => ?) and (target = ? or ip = ?)`,
    [target, ip ?? '', LOGIN_LIMITS.windowMinutes, target, ip ?? ''],
  );
  return (row?.by_login ?? 0) >= LOGIN_LIMITS.perLogin || (row?.by_ip ?? 0) >= LOGIN_LIMITS.perAddress;
}

/**
 * Serialises the sign-ins to one login across every server process until `t` ends: count, check
 * the password and record the outcome happen one attempt at a time, so a burst of concurrent
 * guesses gets at most LOGIN_LIMITS.perLogin password checks. The address limit is counted under
 * the same lock, so it holds exactly only for attempts on one login; a burst spread over many
 * logins from one address may pass it by the number of attempts in flight.
 */
export async function lockLoginAttempts(t: EntityManager, target: string): Promise<void> {
  await t.execute('select pg_advisory_xact_lock(hashtext(?))', [`cornerstone:${target}`], 'run');
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

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['ok', 'denied', 'error'];

/**
 * The conditions of the audit log's filter, for the page and the export alike: each given
 * condition holds (actor, action, target and outcome exactly; `from` inclusive, `to` exclusive).
 */
export function auditWhere(filter: AuditFilter | null | undefined): SqlWhere {
  const where: SqlWhere = { sql: [], params: [] };
  const add = (s: string, v: unknown) => {
    where.sql.push(s);
    where.params.push(v);
  };
  if (filter?.actor) add('actor = ?', filter.actor);
  if (filter?.action) add('action = ?', filter.action);
  if (filter?.target) add('target = ?', filter.target);
  if (filter?.outcome) add('outcome = ?', filter.outcome);
  if (filter?.from) add('at >= ?', filter.from);
  if (filter?.to) add('at < ?', filter.to);
  return where;
}

/** What is wrong with a filter, field by field (an outcome not in the list, a range the wrong way round). */
export function checkAuditFilter(filter: AuditFilter | null | undefined): void {
  const check = new InputCheck();
  if (filter?.outcome)
    check.check(
      AUDIT_OUTCOMES.includes(filter.outcome as AuditOutcome),
      'outcome',
      `one of ${AUDIT_OUTCOMES.join(', ')}`,
    );
  if (filter?.from && filter.to) check.check(filter.from < filter.to, 'to', 'after from');
  check.throwIfAny();
}

const AUDIT_COLUMNS = `id::text, at, actor, role, action, target, outcome, ip, request_id as "requestId", detail::text as detail`;

/** The audit log for administrators, newest first: one page (forward or backward) and the count. */
export async function listAudit(em: EntityManager, filter: AuditFilter | null | undefined, req: PageRequest) {
  checkAuditFilter(filter);
  const filtered = auditWhere(filter);
  const where = whereSql(filtered);
  const params = filtered.params;
  const keyset = keysetSql(req, ['audit_log.id'], 'desc', ['bigint']);
  const conn = em.getConnection();
  const [rows, [count]] = await Promise.all([
    conn.execute<AuditRow[]>(
      `select ${AUDIT_COLUMNS}
       from audit_log where ${where} ${keyset.where ? `and ${keyset.where}` : ''} order by ${keyset.orderBy} limit ?`,
      [...params, ...keyset.params, keyset.limit],
    ),
    conn.execute<{ n: number }[]>(`select count(*)::int as n from audit_log where ${where}`, params),
  ]);
  const entries = withDates(rows, 'at');
  const page = { ...connectionFrom(entries, req, (r) => [r.id]), totalCount: count!.n };
  // The API's id is global; the cursor keeps the row id.
  return mapNodes(page, (e) => ({ ...e, id: globalId('AuditEntry', e.id) }));
}

/**
 * One batch of the filtered log, newest first, below the row id `before` (null: from the newest),
 * for an export that streams the whole of it: keyset by id, so each batch is one index range.
 */
export async function auditBatch(
  em: EntityManager,
  where: SqlWhere,
  before: string | null,
  size: number,
): Promise<AuditRow[]> {
  const rows = await em.getConnection().execute<AuditRow[]>(
    `select ${AUDIT_COLUMNS} from audit_log
     where ${whereSql(where)} ${before ? 'and id < ?::bigint' : ''} order by id desc limit ?`,
    [...where.params, ...(before ? [before] : []), size],
  );
  return withDates(rows, 'at');
}

/** One audit entry by its row id (administrators only: the resolver and node(id) check the role). */
export async function auditEntryById(em: EntityManager, id: string): Promise<AuditRow | null> {
  const rows = await em
    .getConnection()
    .execute<AuditRow[]>(`select ${AUDIT_COLUMNS} from audit_log where id = ?::bigint`, [id]);
  const [row] = withDates(rows, 'at');
  return row ? { ...row, id: globalId('AuditEntry', row.id) } : null;
}
