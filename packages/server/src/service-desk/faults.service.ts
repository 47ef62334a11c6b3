import { isValidDate } from '@cornerstone/shared/period/period';
import { type FaultStatus, faultMove, isTid } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import { MAX_PAGE } from '../platform/graphql/connection.ts';
import { AppError, InputCheck, invalidInput } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { intArray } from '../settlement/profit.service.ts';
import { findAssignee } from './complaints.service.ts';

export interface TerminalRow {
  id: number;
  merchantId: number;
  tid: string;
  model: string;
  serialNo: string;
  installedOn: string;
  status: 'active' | 'faulty' | 'removed';
}

export interface FaultTicketRow {
  id: string;
  terminalId: number;
  tid: string;
  merchantId: number;
  description: string;
  status: FaultStatus;
  reportedAt: Date;
  openedBy: string;
  assigneeLogin: string | null;
  assigneeName: string | null;
  assignedAt: Date | null;
  onSiteAt: Date | null;
  fixedAt: Date | null;
  closedAt: Date | null;
  resolution: string | null;
  responseDueAt: Date;
  repairDueAt: Date;
}

const TERMINAL_COLUMNS = `t.id, t.merchant_id as "merchantId", t.tid, t.model, t.serial_no as "serialNo",
  t.installed_on::text as "installedOn", t.status`;
const TICKET_COLUMNS = `f.id::text, f.terminal_id as "terminalId", t.tid, f.merchant_id as "merchantId", f.description,
  f.status, f.reported_at as "reportedAt", f.opened_by as "openedBy", a.login as "assigneeLogin",
  a.display_name as "assigneeName", f.assigned_at as "assignedAt", f.on_site_at as "onSiteAt",
  f.fixed_at as "fixedAt", f.closed_at as "closedAt", f.resolution,
  f.reported_at + make_interval(hours => sp.response_hours) as "responseDueAt",
  f.reported_at + make_interval(hours => sp.resolution_hours) as "repairDueAt"`;
// The fault clocks follow the current fault SLA policy (ours: 4 h response, 24 h repair).
const TICKET_FROM = `from fault_ticket f join terminal t on t.id = f.terminal_id join merchant m on m.id = f.merchant_id
  left join app_user a on a.id = f.assignee_id cross join (select * from sla_policy where kind = 'fault') sp`;

const withTicketDates = (rows: FaultTicketRow[]) =>
  withDates(
    rows,
    'reportedAt',
    'assignedAt',
    'onSiteAt',
    'fixedAt',
    'closedAt',
    'responseDueAt',
    'repairDueAt',
  );

/** Who keeps terminals: operations staff, their branch manager and administrators. */
const TERMINAL_KEEPERS = ['admin', 'branch_manager', 'operations'];
/** Who may report a fault: also the merchant's account manager. */
const REPORTERS = [...TERMINAL_KEEPERS, 'account_manager'];
const ENGINEERS = ['operations', 'branch_manager', 'admin'] as const;
const MAX_TEXT = 2000;
/** A taken TID: the same words wherever the terminal is (see registerTerminal). */
const TID_TAKEN = 'already registered';

function assertRole(user: AppUser, roles: readonly string[], what: string) {
  if (!roles.includes(user.role)) throw new AppError('FORBIDDEN', `Your role may not ${what}`);
}

export interface TerminalInput {
  mid: string;
  tid: string;
  model: string;
  serialNo: string;
  installedOn?: string | null;
}

/** Registers a POS terminal at a merchant; its TID is unique across the acquirer. */
export async function registerTerminal(
  em: EntityManager,
  user: AppUser,
  input: TerminalInput,
): Promise<TerminalRow> {
  assertRole(user, TERMINAL_KEEPERS, 'register terminals');
  const check = new InputCheck();
  const merchant = await findMerchant(em, user, input.mid);
  check.check(merchant !== null, 'mid', `no merchant ${input.mid}`);
  const tid = input.tid?.trim().toUpperCase() ?? '';
  check.check(isTid(tid), 'tid', 'eight letters or digits');
  check.check(input.model?.trim().length > 0 && input.model.length <= 100, 'model', '1 to 100 characters');
  check.check(
    input.serialNo?.trim().length > 0 && input.serialNo.length <= 100,
    'serialNo',
    '1 to 100 characters',
  );
  const installedOn = input.installedOn ?? businessToday();
  if (!isValidDate(installedOn)) check.add('installedOn', 'a date YYYY-MM-DD');
  else if (installedOn > businessToday()) check.add('installedOn', 'cannot be in the future');
  // A TID is unique across the acquirer, so a taken one must be refused — but the refusal is one
  // answer wherever the terminal is: the same words whether it sits at the caller's merchant or at
  // another branch's, never naming its merchant or branch. (That a TID is taken cannot be hidden
  // from someone allowed to register terminals; where it is can.) TIDs are only looked up for a
  // merchant the caller may register at: with a MID outside the scope the answer is the same
  // whether the TID is taken or not.
  if (isTid(tid) && merchant) {
    const [taken] = await em.execute('select 1 from terminal where tid = ?', [tid]);
    check.check(!taken, 'tid', TID_TAKEN);
  }
  check.throwIfAny();
  // `on conflict do nothing`: a registration racing this one gets the same answer, not a crash.
  const [row] = await em.execute<TerminalRow[]>(
    `insert into terminal (merchant_id, tid, model, serial_no, installed_on) values (?, ?, ?, ?, ?)
     on conflict (tid) do nothing
     returning id, merchant_id as "merchantId", tid, model, serial_no as "serialNo", installed_on::text as "installedOn", status`,
    [merchant!.id, tid, input.model.trim(), input.serialNo.trim(), installedOn],
  );
  if (!row) throw invalidInput([{ field: 'tid', message: TID_TAKEN }]);
  return row!;
}

/** Terminals of many merchants in one query (for the per-request loader). */
export async function terminalsOf(em: EntityManager, merchantIds: readonly number[]) {
  const rows = await em.execute<TerminalRow[]>(
    `select ${TERMINAL_COLUMNS} from terminal t where t.merchant_id = any(?::int[]) order by t.merchant_id, t.tid`,
    [intArray(merchantIds)],
  );
  const out = new Map<string, TerminalRow[]>();
  for (const r of rows) out.set(String(r.merchantId), [...(out.get(String(r.merchantId)) ?? []), r]);
  return out;
}

export async function terminalById(em: EntityManager, id: number): Promise<TerminalRow | null> {
  const [row] = await em.execute<TerminalRow[]>(`select ${TERMINAL_COLUMNS} from terminal t where t.id = ?`, [
    id,
  ]);
  return row ?? null;
}

/** A fault ticket by id if the user may see its merchant; null exactly as if it did not exist. */
export async function faultTicketById(
  em: EntityManager,
  user: AppUser,
  id: string,
): Promise<FaultTicketRow | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const scope = scopeWhere(user);
  const rows = await em.execute<FaultTicketRow[]>(
    `select ${TICKET_COLUMNS} ${TICKET_FROM} where f.id = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withTicketDates(rows)[0] ?? null;
}

export interface FaultTicketInput {
  tid: string;
  description: string;
  reportedAt?: Date | null;
}

/** Opens a fault ticket on a terminal; the terminal is marked faulty until the ticket is fixed. */
export async function openFaultTicket(
  em: EntityManager,
  user: AppUser,
  input: FaultTicketInput,
  now = new Date(),
): Promise<FaultTicketRow> {
  assertRole(user, REPORTERS, 'open fault tickets');
  const check = new InputCheck();
  const scope = scopeWhere(user);
  const tid = input.tid?.trim().toUpperCase() ?? '';
  const [terminal] = await em.execute<{ id: number; merchant_id: number; status: string }[]>(
    `select t.id, t.merchant_id, t.status from terminal t join merchant m on m.id = t.merchant_id
     where t.tid = ? and ${whereSql(scope)}`,
    [tid, ...scope.params],
  );
  if (!terminal) check.add('tid', `no terminal ${input.tid}`);
  else if (terminal.status === 'removed') check.add('tid', `terminal ${tid} has been removed`);
  else {
    const [open] = await em.execute<{ id: string }[]>(
      `select id::text from fault_ticket where terminal_id = ? and status <> 'closed' limit 1`,
      [terminal.id],
    );
    if (open) check.add('tid', `terminal ${tid} already has open ticket ${open.id}`);
  }
  const description = input.description?.trim() ?? '';
  check.check(description.length > 0, 'description', 'describe the fault');
  check.check([...description].length <= MAX_TEXT, 'description', `at most ${MAX_TEXT} characters`);
  const reported = input.reportedAt ?? now;
  if (Number.isNaN(reported.getTime())) check.add('reportedAt', 'not a time');
  else if (reported.getTime() > now.getTime() + 5 * 60_000)
    check.add('reportedAt', 'cannot be in the future');
  else if (reported.getTime() < now.getTime() - 30 * 86_400_000)
    check.add('reportedAt', 'more than 30 days ago');
  check.throwIfAny();
  const id = await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [row] = await t.execute<{ id: string }[]>(
      `insert into fault_ticket (terminal_id, merchant_id, description, reported_at, opened_by)
       values (?, ?, ?, ?, ?) returning id::text`,
      [terminal!.id, terminal!.merchant_id, description, reported, user.login],
    );
    await t.execute(`update terminal set status = 'faulty' where id = ?`, [terminal!.id]);
    await t.execute(
      `insert into fault_event (ticket_id, at, actor, to_status, note) values (?, ?, ?, 'open', ?)`,
      [row!.id, now, user.login, description],
    );
    return row!.id;
  });
  return (await faultTicketById(em, user, id))!;
}

export interface FaultMoveInput {
  to: FaultStatus;
  assignee?: string | null;
  note?: string | null;
}

const STAMP: Partial<Record<FaultStatus, string>> = {
  assigned: 'assigned_at',
  on_site: 'on_site_at',
  fixed: 'fixed_at',
  closed: 'closed_at',
};

/**
 * Moves a fault ticket: assigned (to an engineer of the branch), on site, fixed (with what was
 * done; the terminal works again), closed. Each step stamps its time and writes an event.
 */
export async function moveFaultTicket(
  em: EntityManager,
  user: AppUser,
  id: string,
  input: FaultMoveInput,
  now = new Date(),
): Promise<FaultTicketRow> {
  assertRole(user, TERMINAL_KEEPERS, 'work fault tickets');
  const current = await faultTicketById(em, user, id);
  if (!current) throw new AppError('NOT_FOUND', `id: no fault ticket ${id}`, { field: 'id' });
  const check = new InputCheck();
  const move = faultMove(current.status, input.to);
  if (!move.ok) check.add('to', move.reason);
  let assigneeId: number | null = null;
  if (input.to === 'assigned') {
    const [m] = await em.execute<{ branch_id: number | null }[]>(
      'select branch_id from merchant where id = ?',
      [current.merchantId],
    );
    const login = input.assignee ?? user.login;
    const a = await findAssignee(em, login, m?.branch_id ?? null, ENGINEERS);
    if (a) assigneeId = a.id;
    else check.add('assignee', `no engineer ${login} in the merchant's branch`);
  } else if (input.assignee) check.add('assignee', 'only when assigning');
  const note = input.note?.trim() || null;
  if (note && [...note].length > MAX_TEXT) check.add('note', `at most ${MAX_TEXT} characters`);
  if (input.to === 'fixed') check.check(note !== null, 'note', 'say what was done');
  check.throwIfAny();
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const sets = ['status = ?'];
    const params: unknown[] = [input.to];
    const stamp = STAMP[input.to];
    // Re-assigning keeps the first assignment's time: the response clock stopped then.
    if (stamp) {
      sets.push(input.to === 'assigned' ? `${stamp} = coalesce(${stamp}, ?)` : `${stamp} = ?`);
      params.push(now);
    }
    if (assigneeId !== null) {
      sets.push('assignee_id = ?');
      params.push(assigneeId);
    }
    if (input.to === 'fixed') {
      sets.push('resolution = ?');
      params.push(note);
    }
    if (input.to === 'on_site' && current.status === 'fixed') sets.push('fixed_at = null');
    const res = await t.execute<{ id: string }[]>(
      `update fault_ticket set ${sets.join(', ')} where id = ? and status = ? returning id::text`,
      [...params, id, current.status],
    );
    if (!res.length)
      throw new AppError('CONFLICT', `id: fault ticket ${id} changed meanwhile; reload it`, { field: 'id' });
    if (input.to === 'fixed' || input.to === 'on_site')
      await t.execute('update terminal set status = ? where id = ?', [
        input.to === 'fixed' ? 'active' : 'faulty',
        current.terminalId,
      ]);
    await t.execute(
      'insert into fault_event (ticket_id, at, actor, from_status, to_status, note) values (?, ?, ?, ?, ?, ?)',
      [
        id,
        now,
        user.login,
        current.status,
        input.to,
        input.to === 'assigned' ? `to ${input.assignee ?? user.login}${note ? ` · ${note}` : ''}` : note,
      ],
    );
  });
  return (await faultTicketById(em, user, id))!;
}

export interface FaultTicketFilter {
  status?: string | null;
  open?: boolean | null;
  breached?: boolean | null;
  assignee?: string | null;
  branch?: string | null;
  mid?: string | null;
  tid?: string | null;
}

/**
 * A page of fault tickets in the user's scope, newest first. The SLA clocks (fault policy,
 * ours 4 h response, 24 h repair) count from the report: response stops when an engineer is
 * on site (or fixes it remotely), repair when it is fixed.
 */
export async function listFaultTickets(
  em: EntityManager,
  user: AppUser,
  filter: FaultTicketFilter | null | undefined,
  first: number,
  after: string | null | undefined,
  now = new Date(),
): Promise<{ rows: (FaultTicketRow & { cursor: string })[]; totalCount: number; hasNextPage: boolean }> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw new AppError('BAD_USER_INPUT', `first: between 1 and ${MAX_PAGE}`, { field: 'first' });
  const where: SqlWhere = scopeWhere(user);
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  if (filter?.status) add('f.status = ?', filter.status);
  if (filter?.open === true) add("f.status not in ('fixed', 'closed')");
  if (filter?.open === false) add("f.status in ('fixed', 'closed')");
  if (filter?.assignee) add('a.login = ?', filter.assignee);
  if (filter?.branch) add('m.branch_id in (select id from branch where name = ?)', filter.branch);
  if (filter?.mid) add('m.mid = ?', filter.mid);
  if (filter?.tid) add('t.tid = ?', filter.tid.trim().toUpperCase());
  if (filter?.breached != null) {
    const breached = `(coalesce(f.on_site_at, f.fixed_at, ?::timestamptz) > f.reported_at + make_interval(hours => sp.response_hours)
      or coalesce(f.fixed_at, ?::timestamptz) > f.reported_at + make_interval(hours => sp.resolution_hours))`;
    add(filter.breached ? breached : `not ${breached}`, now, now);
  }
  const base = `${TICKET_FROM} where ${whereSql(where)}`;
  let page = '';
  const pageParams: unknown[] = [];
  if (after) {
    const m = /^f:(\d{1,18})$/.exec(Buffer.from(after, 'base64url').toString());
    if (!m) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
    page = 'and f.id < ?::bigint';
    pageParams.push(m[1]);
  }
  const [rows, [count]] = await Promise.all([
    em.execute<FaultTicketRow[]>(`select ${TICKET_COLUMNS} ${base} ${page} order by f.id desc limit ?`, [
      ...where.params,
      ...pageParams,
      first + 1,
    ]),
    em.execute<{ n: number }[]>(`select count(*)::int as n ${base}`, where.params),
  ]);
  const items = withTicketDates(rows.slice(0, first)).map((r) => ({
    ...r,
    cursor: Buffer.from(`f:${r.id}`).toString('base64url'),
  }));
  return { rows: items, totalCount: count!.n, hasNextPage: rows.length > first };
}
