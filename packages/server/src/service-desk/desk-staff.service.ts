import type { EntityManager } from '@mikro-orm/postgresql';
import { findStaff, type Staff } from '../identity/staff.ts';

/**
 * An active colleague who may take a case of a merchant in `branchId` (administrators may pick
 * anyone active); null when there is none.
 */
export async function findAssignee(
  em: EntityManager,
  login: string,
  branchId: number | null,
  roles: readonly string[],
): Promise<Staff | null> {
  const u = await findStaff(em, login);
  if (!u?.active || !roles.includes(u.role)) return null;
  if (u.role !== 'admin' && u.branchId !== branchId) return null;
  return u;
}
