import { describe, expect, it } from 'vitest';
import { isProblemCode, PROBLEMS, problemText } from './problems.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('problems', () => {
  it('words every code in both languages with the same placeholders', () => {
    for (const [code, words] of Object.entries(PROBLEMS)) {
      expect(words.zh.trim(), code).not.toBe('');
      expect(words.en.trim(), code).not.toBe('');
      expect(placeholders(words.zh), code).toEqual(placeholders(words.en));
    }
  });

  it('fills the params and knows its codes', () => {
    expect(problemText('en', 'text.tooLong', { max: 1000 })).toBe('at most 1000 characters');
    expect(problemText('zh', 'time.olderThanDays', { days: 30 })).toBe('不能早于 30 天前');
    expect(isProblemCode('time.future')).toBe(true);
    expect(isProblemCode('cannot be in the future')).toBe(false);
    expect(isProblemCode('toString')).toBe(false);
  });
});
