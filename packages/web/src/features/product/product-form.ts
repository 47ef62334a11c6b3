import type { ProductInput } from '../../gql/graphql.ts';
import type { MessageKey, Vars } from '../../lib/i18n.ts';

// A catalogue product as its dialog edits it, the input the server takes, and the words under a
// field the server refused where its problem has no code of its own (names are worded by code).

export const PRODUCT_FIELDS = [
  'code',
  'nameZh',
  'nameEn',
  'reasonZh',
  'reasonEn',
  'rule',
  'cooldownDays',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export interface ProductFormValues {
  code: string;
  nameZh: string;
  nameEn: string;
  reasonZh: string;
  reasonEn: string;
  rule: string;
  cooldownDays: number | null;
  active: boolean;
}

export const NEW_PRODUCT: ProductFormValues = {
  code: '',
  nameZh: '',
  nameEn: '',
  reasonZh: '',
  reasonEn: '',
  rule: '{}',
  cooldownDays: 90,
  active: true,
};

/** The form's values from a product as the catalogue lists it (its rule pretty-printed). */
export function productFormValues(p: Omit<ProductFormValues, 'rule'> & { rule: string }): ProductFormValues {
  let rule = p.rule;
  try {
    rule = JSON.stringify(JSON.parse(p.rule), null, 2);
  } catch {
    // Shown as stored: the server checks it again on save.
  }
  return {
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    reasonZh: p.reasonZh,
    reasonEn: p.reasonEn,
    rule,
    cooldownDays: p.cooldownDays,
    active: p.active,
  };
}

/**
 * The input to save: adding (`isNew`) is refused by the server when the code is taken rather than
 * overwriting that product. An empty interval is sent as -1, which the server refuses under its field.
 */
export function productInput(v: ProductFormValues, isNew: boolean): ProductInput {
  return {
    code: v.code.trim(),
    nameZh: v.nameZh ?? '',
    nameEn: v.nameEn ?? '',
    reasonZh: v.reasonZh ?? '',
    reasonEn: v.reasonEn ?? '',
    rule: v.rule?.trim() || '{}',
    cooldownDays: v.cooldownDays ?? -1,
    active: v.active,
    isNew,
  };
}

/**
 * The words for a refused field whose problem has no code: the code (taken, when the server answered
 * CONFLICT, else its form), the interval, the rule (with the server's detail, which names JSON or
 * the unknown condition). Null where the problem's own code words it.
 */
export function productFieldWords(
  field: ProductField,
  serverWords: string,
  conflict: boolean,
): { key: MessageKey; vars?: Vars } | null {
  if (field === 'code') return { key: conflict ? 'productCodeTaken' : 'productCodeFormat' };
  if (field === 'cooldownDays') return { key: 'productCooldownInvalid' };
  if (field === 'rule') return { key: 'productRuleInvalid', vars: { detail: serverWords } };
  return null;
}
