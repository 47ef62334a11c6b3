import { HOLIDAYS, INTERACTION_KINDS } from '@cornerstone/shared/maintenance/maintenance';
import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import { describe, expect, it } from 'vitest';
import { apiCode } from './codes.ts';
import { isMessageKey, MESSAGE_FILES, translate, translateCode } from './i18n.ts';

describe('the message table', () => {
  it('keeps each key in one message file (a second one would silently win)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, messages] of Object.entries(MESSAGE_FILES)) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });
  it('names every tier, interaction kind and holiday of packages/shared', () => {
    const keys = [
      ...TIER_CODES.map((c) => `tier.${c}`),
      ...INTERACTION_KINDS.map((k) => `interactionKind.${k}`),
      ...HOLIDAYS.map((h) => `holiday.${apiCode(h)}`),
    ];
    expect(keys.filter((k) => !isMessageKey(k))).toEqual([]);
    expect(translate('zh', 'tier.KEY')).toBe('重要客户');
    expect(translateCode('en', 'interactionKind', 'call')).toBe('Phone call-back');
    expect(translate('zh', 'holiday.MID_AUTUMN')).toBe('中秋');
  });
  it('fills in variables and shows an unknown code as it is', () => {
    expect(translate('en', 'total', { n: '1,234' })).toBe('1,234 merchants');
    expect(translateCode('zh', 'status', 'no_such_status')).toBe('no_such_status');
  });
});
