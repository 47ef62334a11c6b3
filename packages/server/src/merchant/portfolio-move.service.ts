import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import { scopeWhere } from '../identity/scope.ts';
import { findStaff, staffInScope } from '../identity/staff.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { emitSql } from '../platform/events/outbox.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import type { MerchantFilter } from './merchant.inputs.ts';
import { merchantWhere } from './merchant.service.ts';

export interface MoveRequest {
  mids?: readonly string[] | null;
  filter?: MerchantFilter | null;
  to: string;
}

export interface MoveResult {
  moved: number;
  unchanged: number;
  to: { login: string; displayName: string };
}

/** How many unknown MIDs an error names (the count says the rest). */
const NAMED_MIDS = 5;

/**
 * Moves merchants to another account manager (客户移交): a selection by MID or every merchant a
 * merchant-list filter matches, within the mover's scope. Their tasks and follow-ups move with them
 * (the work queue follows `merchant.manager_id`). In one transaction and a constant number of
 * statements whatever the count: the target, the selection's figures, then one statement that
 * updates the merchants, writes each one's history and its `merchant.manager_changed` event. A
 * merchant stays in its branch: the target must be an active account manager of that branch.
 * Bad input writes nothing.
 */
export async function moveMerchants(em: EntityManager, user: AppUser, req: MoveRequest): Promise<MoveResult> {
  requirePermission(user, 'manageMerchants');
  const check = new InputCheck();
  const byMids = req.mids != null;
  if (byMids === (req.filter != null)) check.problem('mids', 'move.selectionOne');
  else if (byMids && req.mids!.length === 0) check.problem('mids', 'move.selectionEmpty');
  check.throwIfAny();
  // The selection, as a condition on merchant m: the filter exactly as the list reads it, or the MIDs
  // (both within the mover's scope, so a merchant outside it is as unknown as one that is not there).
  const mids = byMids ? [...new Set(req.mids!.map((m) => m.trim()))] : [];
  const where = byMids ? scopeWhere(user) : await merchantWhere(em, user, req.filter);
  if (byMids) {
    // As JSON: the driver would spread an array into a list of placeholders.
    where.sql.push('m.mid in (select jsonb_array_elements_text(?::jsonb))');
    where.params.push(JSON.stringify(mids));
  }
  const cond = whereSql(where);
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const target = await findStaff(t, req.to);
    const login = req.to;
    if (!target) check.problem('to', 'move.targetNotFound', { login });
    else if (!target.active) check.problem('to', 'move.targetInactive', { login });
    else if (target.role !== 'account_manager')
      check.problem('to', 'move.targetNotAccountManager', { login });
    else if (!staffInScope(user, target)) check.problem('to', 'move.targetOtherBranch', { login });
    check.throwIfAny();
    // The selection's figures in one statement; the rows are locked so nothing moves them between
    // the check and the write.
    const [stats] = await t.execute<
      { total: number; other_branch: number; unchanged: number; unknown: string[] | null }[]
    >(
      `with sel as (select m.id, m.mid::text as mid, m.branch_id, m.manager_id from merchant m where ${cond} for update of m)
       select (select count(*)::int from sel) as total,
         (select count(*)::int from sel where branch_id <> ?) as other_branch,
         (select count(*)::int from sel where manager_id = ?) as unchanged,
         array(select x from jsonb_array_elements_text(?::jsonb) x where x not in (select mid from sel) order by x) as unknown`,
      [...where.params, target!.branchId ?? -1, target!.id, JSON.stringify(mids)],
    );
    const unknown = stats!.unknown ?? [];
    if (unknown.length)
      check.problem('mids', 'move.unknownMids', {
        count: unknown.length,
        mids: unknown.slice(0, NAMED_MIDS).join(', ') + (unknown.length > NAMED_MIDS ? ' …' : ''),
      });
    else if (stats!.total === 0) check.problem(byMids ? 'mids' : 'filter', 'move.selectionEmpty');
    else if (stats!.other_branch > 0)
      check.problem('to', 'move.merchantsOtherBranch', { count: stats!.other_branch, login });
    check.throwIfAny();
    // One statement: the merchants that change hands, each one's history (kind 'manager', the
    // logins from and to) and its webhook event with one delivery per subscription.
    const moved = `sel as (select m.id, m.mid::text as mid, m.manager_id from merchant m where ${cond}),
      upd as (update merchant m set manager_id = ?, updated_at = now() from sel
              where m.id = sel.id and m.manager_id <> ? returning m.id, sel.mid, sel.manager_id as old_id),
      old as (select upd.id, upd.mid, u.login as old_login from upd join app_user u on u.id = upd.old_id),
      hist as (insert into merchant_change (merchant_id, actor, source, kind, changes)
               select id, ?, 'graphql moveMerchants', 'manager',
                      jsonb_build_object('manager', jsonb_build_object('from', old_login, 'to', ?::text))
               from old)`;
    await t.execute(
      emitSql(
        'merchant.manager_changed',
        `select jsonb_build_object('mid', mid, 'from', old_login, 'to', ?::text, 'actor', ?::text,
                 'at', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as payload from old`,
        moved,
      ),
      [...where.params, target!.id, target!.id, user.login, target!.login, target!.login, user.login],
      'run',
    );
    // The rows are locked since the figures were read: the ones not already the target's moved.
    return {
      moved: stats!.total - stats!.unchanged,
      unchanged: stats!.unchanged,
      to: { login: target!.login, displayName: target!.displayName },
    };
  });
}
