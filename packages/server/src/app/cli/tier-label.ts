import { DEFAULT_SCHEME } from '@cornerstone/shared/tier/tier-scheme';

// The seed's levels keep the short names the CLI has always printed; the levels of a scheme of its
// own (钻石卡 …) are named as the scheme names them, in both languages.
const SEED: Record<string, string> = {
  KEY: '重要 key',
  SECONDARY: '次要 secondary',
  ORDINARY: '普通 ordinary',
  SMALL: '小 small',
};

/** A pyramid row's tier as `cornerstone pyramid` prints it. */
export function tierLabel(t: { tier: string; zh: string; en: string }): string {
  const seed = DEFAULT_SCHEME.tiers.some((d) => d.code === t.tier && d.zh === t.zh);
  return seed ? (SEED[t.tier] ?? t.tier) : `${t.zh} ${t.en}`;
}
