// The merchant form's values and what it sends: the server checks every value by the rules of its
// merchants.csv column and answers by field, so the form sends what the person typed, as typed.

import type { CreateMerchantInput, UpdateMerchantInput } from '../../gql/graphql.ts';

/** The form's fields; also the names the server's problems are matched against. */
export const MERCHANT_FORM_FIELDS = [
  'mid',
  'name',
  'tradingName',
  'mcc',
  'category',
  'feePlan',
  'rate',
  'cap',
  'feePlanFrom',
  'branch',
  'manager',
  'onboardedOn',
  'contactName',
  'contactMobile',
  'status',
  'statusReason',
] as const;
export type MerchantFormField = (typeof MERCHANT_FORM_FIELDS)[number];
export type MerchantFormValues = Partial<Record<MerchantFormField, string>>;

/** The merchant as the page has it, enough to fill the form. */
export interface EditedMerchant {
  mid: string;
  name: string;
  tradingName?: string | null;
  mcc: string;
  category: string;
  status: string;
  branch: string;
  manager: { login: string };
  feePlan: { kind: string; rate: string; cap?: string | null };
  contact: { name?: string | null; mobile?: string | null };
}

/**
 * The form filled from a merchant. The mobile is left empty: the page has it masked only, and an
 * empty mobile in the edit form means "keep it" (the clear number never reaches the browser here).
 */
export function formValuesOf(m: EditedMerchant): MerchantFormValues {
  return {
    name: m.name,
    tradingName: m.tradingName ?? '',
    mcc: m.mcc,
    category: m.category,
    feePlan: m.feePlan.kind,
    rate: m.feePlan.rate,
    cap: m.feePlan.cap ?? '',
    branch: m.branch,
    manager: m.manager.login,
    contactName: m.contact.name ?? '',
    contactMobile: '',
    status: m.status,
  };
}

const text = (v: string | undefined) => (v ?? '').trim();
/** An optional value: empty clears it. */
const optional = (v: string | undefined) => text(v) || null;

/** Whether the values change the fee plan (kind, rate or cap): then it needs its effective day. */
export function planChanges(initial: MerchantFormValues, v: MerchantFormValues): boolean {
  return (['feePlan', 'rate', 'cap'] as const).some((f) => text(v[f]) !== text(initial[f]));
}

/** Whether the values change the status: then it needs a reason. */
export function statusChanges(initial: MerchantFormValues, v: MerchantFormValues): boolean {
  return text(v.status) !== text(initial.status);
}

/**
 * What an edit sends: only the fields that differ from the merchant as it was, so a change made
 * meanwhile by someone else to another field is not undone. An empty mobile keeps the one stored.
 */
export function updateInputOf(initial: MerchantFormValues, v: MerchantFormValues): UpdateMerchantInput {
  const input: UpdateMerchantInput = {};
  for (const f of ['name', 'mcc', 'category', 'manager', 'status'] as const)
    if (text(v[f]) !== text(initial[f])) input[f] = text(v[f]);
  for (const f of ['tradingName', 'contactName'] as const)
    if (text(v[f]) !== text(initial[f])) input[f] = optional(v[f]);
  if (text(v.contactMobile) !== '') input.contactMobile = text(v.contactMobile);
  if (planChanges(initial, v)) {
    input.feePlan = text(v.feePlan);
    input.rate = text(v.rate);
    input.cap = v.feePlan === 'capped' ? optional(v.cap) : null;
    if (text(v.feePlanFrom)) input.feePlanFrom = text(v.feePlanFrom);
  }
  if (statusChanges(initial, v)) input.statusReason = text(v.statusReason);
  return input;
}

/** What a new merchant sends. */
export function createInputOf(v: MerchantFormValues): CreateMerchantInput {
  return {
    mid: text(v.mid),
    name: text(v.name),
    tradingName: optional(v.tradingName),
    mcc: text(v.mcc),
    category: text(v.category),
    feePlan: text(v.feePlan),
    rate: text(v.rate),
    cap: v.feePlan === 'capped' ? optional(v.cap) : null,
    branch: text(v.branch),
    manager: text(v.manager),
    onboardedOn: text(v.onboardedOn),
    contactName: optional(v.contactName),
    contactMobile: optional(v.contactMobile),
  };
}
