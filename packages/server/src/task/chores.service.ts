import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { textArray } from '../platform/db/values.ts';
import { problemError } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { markContactsVerified } from './contact-verification.service.ts';
import { refreshTasks } from './tasks.service.ts';

// 张驰有度: chores are done for a selection at once — holiday greetings sent (each recorded as a
// greeting to its merchant) and contact data confirmed unchanged (the re-verification). Visits and
// calls are not chores: each is recorded on its own, with its outcome and note.

/** At most this many tasks in one batch. */
export const MAX_CHORES = 500;

export interface ChoresDone {
  greetings: number;
  reverified: number;
}

/**
 * Completes a selection of greeting and re-verification tasks in one transaction: all of them or,
 * when one is not open, not in scope or not a chore, none (the error counts them). A constant
 * number of statements whatever the selection's size.
 */
export async function completeChores(
  em: EntityManager,
  user: AppUser,
  taskIds: readonly string[],
  today = businessToday(),
): Promise<ChoresDone> {
  const ids = [...new Set(taskIds)];
  if (ids.length === 0 || ids.length > MAX_CHORES)
    throw problemError('ids', 'work.tooMany', { max: MAX_CHORES });
  if (!ids.every((id) => /^\d{1,18}$/.test(id)))
    throw problemError('ids', 'work.tasksNotFound', { count: ids.length });
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const scope = scopeWhere(user);
    const rows = await t.execute<{ id: string; kind: string; merchantId: number; message: string | null }[]>(
      `select t.id::text, t.kind, t.merchant_id as "merchantId", t.message
       from maintenance_task t join merchant m on m.id = t.merchant_id
       where t.id = any(?::bigint[]) and t.status = 'open' and ${whereSql(scope)}
       for update of t`,
      [textArray(ids), ...scope.params],
    );
    if (rows.length < ids.length)
      throw problemError('ids', 'work.tasksNotFound', { count: ids.length - rows.length });
    const notChores = rows.filter((r) => r.kind !== 'greeting' && r.kind !== 'reverify').length;
    if (notChores) throw problemError('ids', 'work.tasksNotChores', { count: notChores });
    const greetings = rows.filter((r) => r.kind === 'greeting');
    const reverify = rows.filter((r) => r.kind === 'reverify');
    if (greetings.length) {
      // One greeting recorded per task (its campaign's message as the note), and the task done by it.
      await t.execute(
        `with g as (select t.id as task_id, t.merchant_id, coalesce(nullif(t.message, ''), '节日问候') as notes
                    from maintenance_task t where t.id = any(?::bigint[])),
         ins as (insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, notes, recorded_by)
                 select merchant_id, 'greeting', now(), ?, 'reached', notes, ? from g
                 returning id, merchant_id)
         update maintenance_task t set status = 'done', closed_at = now(), close_reason = 'greeting sent',
           done_by_interaction_id = (select max(ins.id) from ins where ins.merchant_id = t.merchant_id)
         from g where t.id = g.task_id`,
        [textArray(greetings.map((r) => r.id)), user.id, user.login],
        'run',
      );
    }
    await markContactsVerified(
      t,
      user.login,
      'graphql completeChores',
      reverify.map((r) => r.merchantId),
      today,
    );
    // A greeting is also a message of the small tier's cadence; a confirmation answers the re-verification.
    await refreshTasks(t, [...new Set(rows.map((r) => r.merchantId))]);
    return { greetings: greetings.length, reverified: reverify.length };
  });
}
