import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, problemError } from '../platform/graphql/errors.ts';
import { Branch } from './branch.entity.ts';
import { hashPassword } from './password.ts';
import { AppUser, ROLES, type Role } from './user.entity.ts';

export interface NewUser {
  login: string;
  role: string;
  branch?: string | undefined;
  displayName?: string | undefined;
  password: string;
}

/** Adds a user; a branch that does not exist yet is created (docs/contract.md `user add`). */
export async function addUser(em: EntityManager, input: NewUser): Promise<AppUser> {
  if (!/^[A-Za-z0-9._-]{2,64}$/.test(input.login))
    throw new AppError('BAD_USER_INPUT', 'login: 2–64 letters, digits, dot, dash or underscore', {
      field: 'login',
    });
  if (!ROLES.includes(input.role as Role))
    throw new AppError('BAD_USER_INPUT', `role: must be one of ${ROLES.join(', ')}`, { field: 'role' });
  if (input.password.length < 8)
    throw new AppError('BAD_USER_INPUT', 'password: at least 8 characters', { field: 'password' });
  if (await em.count(AppUser, { login: input.login }))
    throw problemError('login', 'user.loginTaken', { login: input.login });
  const branch = input.branch ? await ensureBranch(em, input.branch) : null;
  const user = em.create(AppUser, {
    login: input.login,
    displayName: input.displayName ?? input.login,
    role: input.role as Role,
    branch,
    passwordHash: await hashPassword(input.password),
  });
  await em.flush();
  return user;
}

export async function ensureBranch(
  em: EntityManager,
  name: string,
  region: string | null = null,
): Promise<Branch> {
  const existing = await em.findOne(Branch, { name });
  if (existing) return existing;
  const branch = em.create(Branch, { name, region });
  await em.flush();
  return branch;
}
