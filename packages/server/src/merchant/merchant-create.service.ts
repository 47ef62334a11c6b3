import { excerpt } from '@cornerstone/shared/csv/excerpt';
import { tradingNameProblems } from '@cornerstone/shared/merchant/merchant-row';
import { isValidMid } from '@cornerstone/shared/merchant/merchant-rules';
import { formatRate, formatYuan } from '@cornerstone/shared/money/money';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { blindIndex, encryptPersonal } from '../platform/db/personal-data.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { react } from '../platform/events/reactions.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import type { Merchant } from './merchant.entity.ts';
import { findMerchant } from './merchant.service.ts';
import type { CreateMerchantInput } from './merchant-edit.inputs.ts';
import { asFieldProblem, COLUMN_OF, formLookups, type RowField, rowInScope } from './merchant-edit-check.ts';
import { recordPlan } from './merchant-fee-plan.ts';
import { checkMerchantRow } from './merchant-row-check.ts';

const SOURCE = 'graphql createMerchant';

/**
 * One new merchant from the app's form, as a merchants.csv row of it would be imported: the same
 * checks (merchant-row-check.ts), the same scope (a branch manager creates merchants of their
 * branch, owned by its users), the same history line and the same follow-up (its maintenance
 * tasks). Its fee plan is in effect from its onboarding day. Bad input writes nothing.
 */
export async function createMerchant(
  em: EntityManager,
  user: AppUser,
  input: CreateMerchantInput,
): Promise<Merchant> {
  requirePermission(user, 'manageMerchants');
  const raw: Record<string, string> = {};
  for (const [field, column] of Object.entries(COLUMN_OF)) raw[column] = input[field as RowField] ?? '';
  const check = new InputCheck();
  const look = await formLookups(em, user, { manager: raw.manager!.trim(), branch: raw.branch!.trim() });
  const result = checkMerchantRow(raw, look);
  if (!result.ok) check.problems.push(...result.errors.map(asFieldProblem));
  check.problems.push(...tradingNameProblems(input.tradingName ?? '').map(asFieldProblem));
  if (result.ok && !(await rowInScope(em, user, result.branchId, result.managerId)))
    check.problem('branch', 'import.outsideScopeBranch', { branch: excerpt(raw.branch!.trim()) });
  const mid = raw.mid!.trim();
  // A MID in use within the writer's scope. One outside it answers here as a free one would (a
  // merchant outside the scope is as unknown as one that is not there); only a form that is right
  // in every other way then meets it at the insert — a MID is unique, so that much cannot be hidden.
  if (isValidMid(mid)) {
    const scope = scopeWhere(user);
    const [taken] = await em.execute<{ id: number }[]>(
      `select m.id from merchant m where m.mid = ? and ${whereSql(scope)}`,
      [mid, ...scope.params],
    );
    if (taken) check.problem('mid', 'merchant.midTaken', { mid });
  }
  check.throwIfAny();
  if (!result.ok) throw new Error('unreachable: a failed check has problems');
  const { row: r, branchId, managerId } = result;
  const today = businessToday();
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [created] = await t.execute<{ id: number }[]>(
      `insert into merchant (mid, name, trading_name, mcc, category_code, fee_plan, rate, cap, branch_id, manager_id,
         onboarded_on, status, contact_name, contact_mobile, contact_mobile_hash, contact_verified_on)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (mid) do nothing returning id`,
      [
        r.mid,
        r.name,
        input.tradingName?.trim() || null,
        r.mcc,
        r.category,
        r.feePlan,
        formatRate(r.rate),
        r.cap === null ? null : formatYuan(r.cap),
        branchId,
        managerId,
        r.onboardedOn,
        r.onboardedOn > today ? 'onboarding' : 'active',
        r.contactName,
        // Encrypted before it leaves this process; compared by its keyed hash (as the import does).
        encryptPersonal(r.contactMobile),
        blindIndex(r.contactMobile),
        r.onboardedOn,
      ],
    );
    // Created meanwhile by someone else: the same answer as when it was there before.
    if (!created) new InputCheck().problem('mid', 'merchant.midTaken', { mid }).throwIfAny();
    await t.execute(
      `insert into merchant_change (merchant_id, actor, source, kind, changes) values (?, ?, ?, 'created', '{}'::jsonb)`,
      [created!.id, user.login, SOURCE],
    );
    await recordPlan(
      t,
      created!.id,
      r.onboardedOn,
      {
        feePlan: r.feePlan,
        rate: formatRate(r.rate),
        cap: r.cap === null ? null : formatYuan(r.cap),
      },
      user.login,
    );
    // Its re-verification and cadence tasks, as after an import that creates merchants.
    await react('merchants.imported', { em: t, merchantIds: [created!.id] });
  });
  em.clear();
  return (await findMerchant(em, user, mid))!;
}
