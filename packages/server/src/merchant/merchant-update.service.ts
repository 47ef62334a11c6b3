import { tradingNameProblems } from '@cornerstone/shared/merchant/merchant-row';
import { MERCHANT_STATUSES, type MerchantStatus } from '@cornerstone/shared/merchant/merchant-rules';
import { formatRate, formatYuan, parseRate, parseYuan } from '@cornerstone/shared/money/money';
import { maskMobile } from '@cornerstone/shared/privacy/mask';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { blindIndex, encryptPersonal } from '../platform/db/personal-data.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { emitEvents } from '../platform/events/outbox.ts';
import { react } from '../platform/events/reactions.ts';
import { InputCheck, problemError } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import type { Merchant } from './merchant.entity.ts';
import { findMerchant } from './merchant.service.ts';
import type { UpdateMerchantInput } from './merchant-edit.inputs.ts';
import { asFieldProblem, COLUMN_OF, formLookups, type RowField } from './merchant-edit-check.ts';
import { planDates, planFromProblem, recordPlan } from './merchant-fee-plan.ts';
import { checkMerchantRow } from './merchant-row-check.ts';

const SOURCE = 'graphql updateMerchant';
/** Longest reason for a status change (as setMerchantStatus takes it). */
const MAX_REASON = 500;
const EDITABLE: readonly RowField[] = [
  'name',
  'mcc',
  'category',
  'feePlan',
  'rate',
  'cap',
  'manager',
  'contactName',
  'contactMobile',
];
// Columns checked together: a change to one may make the other wrong (the MCC's category; the plan's cap).
const CHECKED_WITH: Record<string, readonly string[]> = {
  mcc: ['mcc', 'category'],
  category: ['mcc', 'category'],
  fee_plan: ['fee_plan', 'rate', 'cap'],
  rate: ['fee_plan', 'rate', 'cap'],
  cap: ['fee_plan', 'rate', 'cap'],
};

/** The merchant as a merchants.csv row would hold it (so unchanged cells read as they were imported). */
function rowOf(m: Merchant): Record<string, string> {
  return {
    mid: m.mid,
    name: m.name,
    mcc: m.mcc,
    category: m.category.code,
    fee_plan: m.feePlan,
    rate: formatRate(parseRate(m.rate)),
    cap: m.cap === null ? '' : formatYuan(parseYuan(String(m.cap))),
    branch: m.branch.name,
    manager: m.manager.login,
    // A date column may read back as a Date (by driver); the day is what the row holds.
    onboarded_on: asDay(m.onboardedOn),
    contact_name: m.contactName ?? '',
    contact_mobile: m.contactMobile ?? '',
  };
}

type Change = { from: unknown; to: unknown };

const asDay = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/**
 * Changes a merchant from the app's form: only the fields given, each checked by the rule the import
 * checks its column with (merchant-row-check.ts) and reported under its field; within the editor's
 * scope (a merchant outside it answers as one that is not there). In one transaction: the merchant,
 * one history line with every field's old → new (the mobile masked on both sides), a new fee plan
 * from its day, and the `merchant.manager_changed` / `merchant.status_changed` events their other
 * paths emit. A form that changes nothing writes nothing. Bad input writes nothing.
 */
export async function updateMerchant(
  em: EntityManager,
  user: AppUser,
  mid: string,
  input: UpdateMerchantInput,
): Promise<Merchant> {
  requirePermission(user, 'manageMerchants');
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const scope = scopeWhere(user);
    // Locked first, so the old values the history records are the ones replaced.
    const [locked] = await t.execute<{ id: number }[]>(
      `select m.id from merchant m where m.mid = ? and ${whereSql(scope)} for update of m`,
      [mid, ...scope.params],
    );
    if (!locked) throw problemError('mid', 'merchant.notFound', { mid });
    const m = (await findMerchant(t, user, mid))!;
    const old = rowOf(m);
    const raw = { ...old };
    const touched = new Set<string>();
    for (const field of EDITABLE) {
      const v = input[field as keyof UpdateMerchantInput];
      if (v === undefined) continue;
      const column = COLUMN_OF[field];
      raw[column] = v ?? '';
      for (const c of CHECKED_WITH[column] ?? [column]) touched.add(c);
    }
    const check = new InputCheck();
    const look =
      input.manager != null && input.manager.trim() !== old.manager
        ? await formLookups(t, user, { manager: input.manager.trim() })
        : null;
    const result = checkMerchantRow(raw, {
      // The merchant's own owner and branch stand as they are, whatever became of them since.
      manager: (login) =>
        login === old.manager ? { id: m.manager.id, inScope: true } : look?.manager(login),
      branch: (name) => (name === old.branch ? m.branch.id : undefined),
    });
    // Problems of the fields given first: a value stored long ago is named only when nothing else
    // is wrong, as the one thing that stops the change (it must be put right with it).
    if (!result.ok) {
      const given = result.errors.filter((e) => touched.has(e.column));
      check.problems.push(...(given.length ? given : result.errors).map(asFieldProblem));
    }
    const tradingName = input.tradingName === undefined ? m.tradingName : input.tradingName?.trim() || null;
    if (input.tradingName != null)
      check.problems.push(...tradingNameProblems(input.tradingName).map(asFieldProblem));

    const status = input.status == null ? m.status : input.status.trim();
    const reason = input.statusReason?.trim() ?? '';
    if (!MERCHANT_STATUSES.includes(status as MerchantStatus))
      check.problem('status', 'merchant.statusUnknown', { value: status.slice(0, 40) });
    else if (status !== m.status && (reason === '' || reason.length > MAX_REASON))
      check.problem('statusReason', 'merchant.statusReasonMissing', { max: MAX_REASON });
    check.throwIfAny();
    if (!result.ok) throw new Error('unreachable: a failed check has problems');

    const r = result.row;
    const next = {
      name: r.name,
      mcc: r.mcc,
      category: r.category,
      fee_plan: r.feePlan,
      rate: formatRate(r.rate),
      cap: r.cap === null ? '' : formatYuan(r.cap),
      manager: (raw.manager ?? '').trim(),
      contact_name: r.contactName ?? '',
      contact_mobile: r.contactMobile ?? '',
    };
    const planChanged = (['fee_plan', 'rate', 'cap'] as const).some((c) => next[c] !== old[c]);
    const today = businessToday();
    const dates = await planDates(t, m.id);
    const planFrom = input.feePlanFrom ?? today;
    if (input.feePlanFrom != null && !planChanged)
      check.problem('feePlanFrom', 'merchant.feePlanFromUnchanged');
    else if (planChanged) {
      const p = planFromProblem(planFrom, today, dates);
      if (p) check.problem('feePlanFrom', p.code, p.params);
    }
    check.throwIfAny();

    // {column: {from, to}} of what changes; the mobile masked on both sides, never in clear.
    const changes: Record<string, Change | string> = {};
    const set: string[] = [];
    const params: unknown[] = [];
    const put = (column: string, value: unknown) => {
      set.push(`${column} = ?`);
      params.push(value);
    };
    const nul = (s: string) => (s === '' ? null : s);
    for (const [key, column] of [
      ['name', 'name'],
      ['mcc', 'mcc'],
      ['category', 'category_code'],
      ['fee_plan', 'fee_plan'],
      ['rate', 'rate'],
      ['cap', 'cap'],
      ['contact_name', 'contact_name'],
    ] as const) {
      if (next[key] === old[key]) continue;
      changes[column] = { from: nul(old[key]!), to: nul(next[key]) };
      put(column, nul(next[key]));
    }
    if (tradingName !== m.tradingName) {
      changes.trading_name = { from: m.tradingName, to: tradingName };
      put('trading_name', tradingName);
    }
    if (next.manager !== old.manager) {
      changes.manager = { from: old.manager, to: next.manager };
      put('manager_id', result.managerId);
    }
    if (next.contact_mobile !== old.contact_mobile) {
      const mobile = nul(next.contact_mobile);
      changes.contact_mobile = { from: maskMobile(nul(old.contact_mobile!)), to: maskMobile(mobile) };
      put('contact_mobile', encryptPersonal(mobile));
      put('contact_mobile_hash', blindIndex(mobile));
    }
    if (planChanged) changes.fee_plan_from = { from: dates.currentFrom, to: planFrom };
    if (status !== m.status) {
      changes.status = { from: m.status, to: status };
      changes.reason = reason;
      put('status', status);
      put('status_reason', reason);
      set.push('status_changed_at = now()');
    }
    if (set.length === 0 && !planChanged) return;

    if (set.length)
      await t.execute(
        `update merchant set ${set.join(', ')}, updated_at = now() where id = ?`,
        [...params, m.id],
        'run',
      );
    await t.execute(
      `insert into merchant_change (merchant_id, actor, source, kind, changes) values (?, ?, ?, 'updated', ?::jsonb)`,
      [m.id, user.login, SOURCE, JSON.stringify(changes)],
      'run',
    );
    if (planChanged)
      await recordPlan(
        t,
        m.id,
        planFrom,
        { feePlan: next.fee_plan, rate: next.rate, cap: nul(next.cap) },
        user.login,
      );
    const at = new Date().toISOString();
    // The events the move and the status change emit, so a subscriber hears of it whichever way it came.
    if (changes.manager)
      await emitEvents(t, 'merchant.manager_changed', [
        { mid, from: old.manager, to: next.manager, actor: user.login, at },
      ]);
    if (changes.status)
      await emitEvents(t, 'merchant.status_changed', [
        { mid, from: m.status, to: status, actor: user.login, at },
      ]);
    // Its tasks follow at once: a terminated merchant's are cancelled, a new contact is re-verified.
    await react('merchants.imported', { em: t, merchantIds: [m.id] });
  });
  em.clear();
  const m = await findMerchant(em, user, mid);
  if (!m) throw problemError('mid', 'merchant.notFound', { mid });
  return m;
}
