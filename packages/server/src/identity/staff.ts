import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppUser } from './user.entity.ts';

/** A colleague as the services that name one by login need them: to assign, plan for, move to. */
export interface Staff {
  id: number;
  login: string;
  displayName: string;
  role: string;
  active: boolean;
  branchId: number | null;
}

/** The user with this login (logins are unique in any case, but are matched as given), or null. */
export async function findStaff(em: EntityManager, login: string): Promise<Staff | null> {
  const [s] = await em.execute<Staff[]>(
    `select id, login, display_name as "displayName", role, active, branch_id as "branchId"
     from app_user where login = ?`,
    [login],
  );
  return s ?? null;
}

/**
 * Whether `user` may act for or on a colleague: the staff side of the merchant scope (scope.ts).
 * Administrators and analysts everyone, branch managers and operations staff their branch's, an
 * account manager only themself.
 */
export function staffInScope(user: AppUser, staff: Pick<Staff, 'id' | 'branchId'>): boolean {
  if (user.role === 'account_manager') return staff.id === user.id;
  if (user.role === 'branch_manager' || user.role === 'operations')
    return staff.branchId === (user.branch?.id ?? -1);
  return true;
}
