import { type RowError, rowProblem } from '@cornerstone/shared/csv/csv-row';
import { excerpt } from '@cornerstone/shared/csv/excerpt';
import { type MerchantRow, validateMerchantRow } from '@cornerstone/shared/merchant/merchant-row';

/** What a merchant row names that only the database knows: its owner and its branch. */
export interface MerchantRowLookups {
  /** An active user by login, and whether the writer may make them a merchant's owner. */
  manager(login: string): { id: number; inScope: boolean } | undefined;
  /** A branch's id by name; never created here (a typo must not make a branch). */
  branch(name: string): number | undefined;
}

export type CheckedMerchantRow =
  | { ok: true; row: MerchantRow; managerId: number; branchId: number }
  | { ok: false; errors: RowError[] };

/**
 * The one check of a merchant's values, whichever way they come in — a merchants.csv row or the
 * form in the app (createMerchant, updateMerchant): the shared row rules, then the owner and the
 * branch. So the same value is refused with the same code and words on both paths. Cells are keyed
 * by the CSV column names.
 */
export function checkMerchantRow(
  raw: Record<string, string | undefined>,
  look: MerchantRowLookups,
): CheckedMerchantRow {
  const result = validateMerchantRow(raw);
  const errors = result.ok ? [] : [...result.errors];
  const managerLogin = (raw.manager ?? '').trim();
  const manager = managerLogin ? look.manager(managerLogin) : undefined;
  if (managerLogin && manager === undefined)
    errors.push(rowProblem('manager', 'import.unknownManager', { login: excerpt(managerLogin) }));
  else if (manager && !manager.inScope)
    errors.push(rowProblem('manager', 'import.outsideScopeManager', { login: excerpt(managerLogin) }));
  const branchName = (raw.branch ?? '').trim();
  const branchId = branchName ? look.branch(branchName) : undefined;
  if (branchName && branchId === undefined && !errors.some((e) => e.column === 'branch'))
    errors.push(rowProblem('branch', 'import.unknownBranch', { branch: excerpt(branchName) }));
  if (!result.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, row: result.row, managerId: manager!.id, branchId: branchId! };
}
