/**
 * Message entries made from labels packages/shared keeps (tier names, interaction kinds, holidays):
 * the table shows them and never restates them. Keys come typed, so `t('tier.KEY')` still compiles.
 */
export function labelEntries<K extends string>(
  entries: readonly (readonly [K, { readonly zh: string; readonly en: string }])[],
): Record<K, { zh: string; en: string }> {
  return Object.fromEntries(entries.map(([key, { zh, en }]) => [key, { zh, en }])) as Record<
    K,
    { zh: string; en: string }
  >;
}
