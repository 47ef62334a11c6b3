import type { RowError } from '@cornerstone/shared/csv/csv-row';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { type FieldProblem, fieldProblem } from '../platform/graphql/errors.ts';
import type { MerchantRowLookups } from './merchant-row-check.ts';

// The app's form speaks in input fields, merchants.csv in columns: the same check answers both, and
// a row error is reported under the form's field of its column.

/** The merchants.csv column of each input field the form sends. */
export const COLUMN_OF = {
  mid: 'mid',
  name: 'name',
  mcc: 'mcc',
  category: 'category',
  feePlan: 'fee_plan',
  rate: 'rate',
  cap: 'cap',
  branch: 'branch',
  manager: 'manager',
  onboardedOn: 'onboarded_on',
  contactName: 'contact_name',
  contactMobile: 'contact_mobile',
} as const;
export type RowField = keyof typeof COLUMN_OF;

const FIELD_OF: Record<string, string> = {
  ...Object.fromEntries(Object.entries(COLUMN_OF).map(([f, c]) => [c, f])),
  trading_name: 'tradingName',
};

/** A row error as the problem of the form's field. */
export const asFieldProblem = (e: RowError): FieldProblem =>
  fieldProblem(FIELD_OF[e.column] ?? e.column, e.code, e.params);

/**
 * The owner and branch a form names, looked up as the import looks them up for its whole file:
 * an active user by login, in scope when a merchant of theirs in their own branch would lie within
 * the writer's scope (a branch manager names users of their branch only); a branch by name.
 */
export async function formLookups(
  em: EntityManager,
  user: AppUser,
  names: { manager?: string | undefined; branch?: string | undefined },
): Promise<MerchantRowLookups> {
  const scope = scopeWhere(user);
  const [managers, branches] = await Promise.all([
    names.manager
      ? em.execute<{ id: number; login: string; in_scope: boolean | null }[]>(
          `select u.id, u.login, (${whereSql(scope)}) as in_scope from app_user u
           cross join lateral (select u.id as manager_id, u.branch_id) m where u.active and u.login = ?`,
          [...scope.params, names.manager],
        )
      : [],
    names.branch
      ? em.execute<{ id: number; name: string }[]>('select id, name from branch where name = ?', [
          names.branch,
        ])
      : [],
  ]);
  return {
    manager: (login) => {
      const u = managers.find((r) => r.login === login);
      return u && { id: u.id, inScope: u.in_scope === true };
    },
    branch: (name) => branches.find((b) => b.name === name)?.id,
  };
}

/** Whether a merchant of `branchId` owned by `managerId` lies within the user's scope (as the import asks of a row). */
export async function rowInScope(
  em: EntityManager,
  user: AppUser,
  branchId: number,
  managerId: number,
): Promise<boolean> {
  const scope = scopeWhere(user);
  if (!scope.sql.length) return true;
  const [r] = await em.execute<{ ok: boolean | null }[]>(
    `select (${whereSql(scope)}) as ok from (select ?::int as branch_id, ?::int as manager_id) m`,
    [...scope.params, branchId, managerId],
  );
  return r?.ok === true;
}
