import { describe, expect, it } from 'vitest';
import { IMPORT_PROBLEMS } from './import/import-problems.ts';
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

  it('looks up the row errors of imports in the same table, apart from every other code', () => {
    const imports = Object.keys(IMPORT_PROBLEMS);
    expect(imports.length).toBeGreaterThan(40);
    // A code twice in the table would be one silently overwritten by the other.
    for (const code of imports) expect(code.startsWith('import.'), code).toBe(true);
    const others = Object.keys(PROBLEMS).filter((c) => !Object.hasOwn(IMPORT_PROBLEMS, c));
    for (const code of others) expect(code.startsWith('import.'), code).toBe(false);
    expect(others.length + imports.length).toBe(Object.keys(PROBLEMS).length);
    expect(problemText('zh', 'import.unknownCategory', { value: '奢侈品类' })).toBe(
      '未知的商户类型“奢侈品类”',
    );
    expect(problemText('en', 'import.unknownCategory', { value: '奢侈品类' })).toBe(
      'unknown category "奢侈品类"',
    );
    expect(problemText('en', 'import.noRows')).toBe('the file has no data rows');
  });

  it('fills the params and knows its codes', () => {
    expect(problemText('en', 'text.tooLong', { max: 1000 })).toBe('at most 1000 characters');
    expect(problemText('zh', 'time.olderThanDays', { days: 30 })).toBe('不能早于 30 天前');
    expect(isProblemCode('time.future')).toBe(true);
    expect(isProblemCode('cannot be in the future')).toBe(false);
    expect(isProblemCode('toString')).toBe(false);
  });
});
