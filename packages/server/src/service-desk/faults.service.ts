import { PERMISSIONS } from '@cornerstone/shared/roles/permissions';
import { type FaultStatus, faultMove, isFaultReopen } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { InputCheck, problemError } from '../platform/graphql/errors.ts';
import { findAssignee } from './desk-staff.service.ts';
import { type FaultTicketRow, faultTicketById } from './fault-read.service.ts';

/** Who may report a fault: also the merchant's account manager. */
const MAX_TEXT = 2000;

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
  requirePermission(user, 'reportFault');
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
  check.require(description.length > 0, 'description', 'fault.descriptionMissing');
  check.require([...description].length <= MAX_TEXT, 'description', 'text.tooLong', { max: MAX_TEXT });
  const reported = input.reportedAt ?? now;
  if (Number.isNaN(reported.getTime())) check.problem('reportedAt', 'time.invalid');
  else if (reported.getTime() > now.getTime() + 5 * 60_000) check.problem('reportedAt', 'time.future');
  else if (reported.getTime() < now.getTime() - 30 * 86_400_000)
    check.problem('reportedAt', 'time.olderThanDays', { days: 30 });
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
  requirePermission(user, 'workFaultTicket');
  const current = await faultTicketById(em, user, id);
  if (!current) throw problemError('id', 'fault.notFound');
  const check = new InputCheck();
  const move = faultMove(current.status, input.to);
  if (!move.ok) check.add('to', move.reason);
  let assigneeId: number | null = null;
  let assigneeLogin: string | null = null;
  if (input.to === 'assigned') {
    const [m] = await em.execute<{ branch_id: number | null }[]>(
      'select branch_id from merchant where id = ?',
      [current.merchantId],
    );
    // Reopening goes back to the engineer who fixed it unless someone else is named.
    const login =
      input.assignee ??
      (isFaultReopen(current.status, input.to) ? current.assigneeLogin : null) ??
      user.login;
    const a = await findAssignee(em, login, m?.branch_id ?? null, PERMISSIONS.workFaultTicket);
    assigneeLogin = login;
    if (a) assigneeId = a.id;
    else check.add('assignee', `no engineer ${login} in the merchant's branch`);
  } else if (input.assignee) check.problem('assignee', 'fault.assigneeOnlyWhenAssigning');
  const note = input.note?.trim() || null;
  if (note && [...note].length > MAX_TEXT) check.problem('note', 'text.tooLong', { max: MAX_TEXT });
  if (input.to === 'fixed') check.require(note !== null, 'note', 'fault.resultMissing');
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
    // Reopening (the fix did not hold): the repair clock runs again; the response stands, so a remote
    // fix keeps its time as the moment the engineer responded.
    const reopen = isFaultReopen(current.status, input.to);
    if (reopen) sets.push('on_site_at = coalesce(on_site_at, fixed_at)', 'fixed_at = null');
    const res = await t.execute<{ id: string }[]>(
      `update fault_ticket set ${sets.join(', ')} where id = ? and status = ? returning id::text`,
      [...params, id, current.status],
    );
    if (!res.length) throw problemError('id', 'fault.changed', { id });
    if (input.to === 'fixed' || reopen)
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
        input.to === 'assigned' ? `to ${assigneeLogin}${note ? ` · ${note}` : ''}` : note,
      ],
    );
  });
  return (await faultTicketById(em, user, id))!;
}
