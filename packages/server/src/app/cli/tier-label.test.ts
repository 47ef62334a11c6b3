import { CARD_LEVEL_SCHEME, DEFAULT_SCHEME } from '@cornerstone/shared/tier/tier-scheme';
import { describe, expect, it } from 'vitest';
import { tierLabel } from './tier-label.ts';

describe('the CLI pyramid’s tier names', () => {
  it('keeps the seed’s short names and names another scheme’s levels as it does', () => {
    expect(DEFAULT_SCHEME.tiers.map((t) => tierLabel({ tier: t.code, zh: t.zh, en: t.en }))).toEqual([
      '重要 key',
      '次要 secondary',
      '普通 ordinary',
      '小 small',
    ]);
    expect(CARD_LEVEL_SCHEME.tiers.map((t) => tierLabel({ tier: t.code, zh: t.zh, en: t.en }))).toEqual([
      '钻石卡 Diamond',
      '黑金卡 Black',
      '白金卡 Platinum',
      '金卡 Gold',
    ]);
  });
});
