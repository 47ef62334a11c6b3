import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlCharacterIn, EXCERPT_LENGTH, excerpt, withExcerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('keeps a short value as it is', () => {
    expect(excerpt('老王川菜馆')).toBe('老王川菜馆');
    expect(excerpt('')).toBe('');
    expect(excerpt('x'.repeat(EXCERPT_LENGTH))).toBe('x'.repeat(EXCERPT_LENGTH));
  });

  it('cuts a long value to 40 characters and an ellipsis, counting code points', () => {
    expect(excerpt('x'.repeat(50_000_000))).toBe(`${'x'.repeat(40)}…`);
    // 𠀋 is two UTF-16 units: never cut in half.
    expect(excerpt('𠀋'.repeat(41))).toBe(`${'𠀋'.repeat(40)}…`);
  });

  it('writes control characters and unpaired surrogates as escapes', () => {
    expect(excerpt('a\u0000b\nc\u007f')).toBe('a\\u0000b\\u000ac\\u007f');
    expect(excerpt('a\ud800b')).toBe('a\\ud800b');
  });

  it('is always short, one line and storable as JSON text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const e = excerpt(s);
        expect([...e].length).toBeLessThanOrEqual(EXCERPT_LENGTH * 6 + 1);
        expect(controlCharacterIn(e)).toBeNull();
        expect(e).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
    );
  });
});

describe('withExcerpt', () => {
  it('replaces the quoted value in a message built elsewhere', () => {
    const long = '1'.repeat(100);
    expect(withExcerpt(`amount too large: "${long}"`, long)).toBe(`amount too large: "${'1'.repeat(40)}…"`);
    expect(withExcerpt('empty amount', '')).toBe('empty amount');
    expect(withExcerpt('not a yuan amount: "abc"', 'abc')).toBe('not a yuan amount: "abc"');
  });
});

describe('controlCharacterIn', () => {
  it('names the first control character', () => {
    expect(controlCharacterIn('老王\u0007川菜')).toBe('U+0007');
    expect(controlCharacterIn('a\u0000')).toBe('U+0000');
    expect(controlCharacterIn('老王川菜馆 (高新店)')).toBeNull();
  });
});
