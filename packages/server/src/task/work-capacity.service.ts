import {
  capacityProblems,
  DEFAULT_WORK_CAPACITY,
  type WorkCapacity,
} from '@cornerstone/shared/maintenance/task-priority';
import type { EntityManager } from '@mikro-orm/postgresql';
import { refused, requirePermission } from '../identity/guard.ts';
import { findStaff, type Staff, staffInScope } from '../identity/staff.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { intArray } from '../platform/db/values.ts';
import { InputCheck, problemError } from '../platform/graphql/errors.ts';

// A day's capacity of the work queue, as data (table work_capacity): everyone's, and one account
// manager's where their branch manager or an administrator set it; without either, ours
// (DEFAULT_WORK_CAPACITY in packages/shared).

export interface Capacity extends WorkCapacity {
  /** Whose setting it is: the manager's own, everyone's (set by an administrator), or ours. */
  source: 'PERSONAL' | 'EVERYONE' | 'DEFAULT';
}

/** The capacity of each user (and everyone's, under key 0), in one statement. */
export async function capacitiesOf(
  em: EntityManager,
  userIds: readonly number[],
): Promise<Map<number, Capacity>> {
  const rows = await em.execute<(WorkCapacity & { userId: number | null })[]>(
    `select user_id as "userId", visits, calls, others from work_capacity
     where user_id is null or user_id = any(?::int[])`,
    [intArray(userIds)],
  );
  const everyone = rows.find((r) => r.userId === null);
  const base: Capacity = everyone
    ? { visits: everyone.visits, calls: everyone.calls, others: everyone.others, source: 'EVERYONE' }
    : { ...DEFAULT_WORK_CAPACITY, source: 'DEFAULT' };
  const out = new Map<number, Capacity>([[0, base]]);
  for (const id of userIds) out.set(id, base);
  for (const r of rows)
    if (r.userId !== null)
      out.set(r.userId, { visits: r.visits, calls: r.calls, others: r.others, source: 'PERSONAL' });
  return out;
}

/** An account manager the user may plan for: any for administrators, their branch's for a branch manager. */
export async function managerInScope(em: EntityManager, user: AppUser, login: string): Promise<Staff | null> {
  const m = await findStaff(em, login);
  return m && m.role === 'account_manager' && staffInScope(user, m) ? m : null;
}

/**
 * Sets a day's capacity: one manager's (`managerLogin`; their branch manager or an administrator),
 * or everyone's (administrators only). `null` values for a manager remove their own setting, so
 * everyone's applies again. Audited as every mutation is.
 */
export async function setWorkCapacity(
  em: EntityManager,
  user: AppUser,
  input: WorkCapacity | null,
  managerLogin: string | null,
): Promise<Capacity> {
  requirePermission(user, 'planWork');
  if (managerLogin === null && user.role !== 'admin') throw refused('administer');
  const check = new InputCheck();
  if (input) for (const p of capacityProblems(input)) check.problem(`input.${p.field}`, 'capacity.range');
  const manager = managerLogin === null ? null : await managerInScope(em, user, managerLogin);
  if (managerLogin !== null && !manager)
    throw problemError('manager', 'work.managerNotFound', { login: managerLogin });
  check.throwIfAny();
  const key = manager?.id ?? 0;
  await em.transactional(async (t) => {
    await t.execute('delete from work_capacity where coalesce(user_id, 0) = ?', [key], 'run');
    if (input)
      await t.execute(
        'insert into work_capacity (user_id, visits, calls, others, updated_by) values (?, ?, ?, ?, ?)',
        [manager?.id ?? null, input.visits, input.calls, input.others, user.login],
        'run',
      );
  });
  return (await capacitiesOf(em, manager ? [manager.id] : [])).get(key)!;
}
