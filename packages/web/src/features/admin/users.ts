import { BRANCH_ROLES, manageableRoles } from '@cornerstone/shared/auth/user-rules';

// The users page's data shaping, apart from its components (tested alone).

export const USER_FIELDS = ['login', 'displayName', 'role', 'branch'] as const;

export interface UserFormValues {
  login?: string;
  displayName?: string;
  role: string;
  branch?: string | null;
}

/** Whether a role belongs to a branch (and so the form asks which). */
export const needsBranch = (role: string | undefined) =>
  !!role && (BRANCH_ROLES as readonly string[]).includes(role);

/** The roles the signed-in user may give, in the shared rule's order. */
export const roleChoices = (actorRole: string): readonly string[] => manageableRoles(actorRole);

/** The form as the API's input: a company-wide role has no branch; blanks are left out. */
export function userInput(v: UserFormValues) {
  const displayName = v.displayName?.trim() || null;
  const branch = needsBranch(v.role) ? v.branch || null : null;
  return { role: v.role, branch, displayName };
}

/** The list's filter from the page's controls: only what is chosen. */
export function usersFilter(f: { role?: string; branch?: string; status?: string; search?: string }) {
  const search = f.search?.trim();
  return {
    ...(f.role ? { role: f.role } : {}),
    ...(f.branch ? { branch: f.branch } : {}),
    ...(f.status ? { active: f.status === 'active' } : {}),
    ...(search ? { search } : {}),
  };
}
