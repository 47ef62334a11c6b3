import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * An active colleague who may take a case of a merchant in `branchId` (administrators may pick
 * anyone active); null when there is none.
 */
export async function findAssignee(
  em: EntityManager,
  login: string,
  branchId: number | null,
  roles: readonly string[],
): Promise<{ id: number; login: string } | null> {
  const [u] = await em.execute<{ id: number; login: string; branch_id: number | null; role: string }[]>(
    'select id, login, branch_id, role from app_user where login = ? and active',
    [login],
  );
  if (!u || !roles.includes(u.role)) return null;
  if (u.role !== 'admin' && u.branch_id !== branchId) return null;
  return u;
}
