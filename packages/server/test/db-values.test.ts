import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { intArray, textArray } from '../src/platform/db/values.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Array parameters are literals PostgreSQL parses: text that looks like the literal's own syntax
// (quotes, backslashes, commas, braces, the word NULL, nothing at all) must come back as it went in.

describe('array literals', () => {
  let db: TestDb;
  let orm: Orm;
  const back = async (literal: string, type: 'text' | 'int') => {
    const [row] = await orm.em
      .getConnection()
      .execute<{ a: unknown[] }[]>(`select ?::${type}[] as a`, [literal]);
    return row!.a;
  };

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('textArray escapes what PostgreSQL would read as syntax', async () => {
    const texts = [
      'plain',
      'say "hi"',
      'back\\slash',
      '\\"',
      'a,b',
      '{braces}',
      '}',
      '',
      'NULL',
      ' padded ',
      '西安分公司',
    ];
    expect(await back(textArray(texts), 'text')).toEqual(texts);
    expect(textArray(['a"b', 'c\\d', ''])).toBe('{"a\\"b","c\\\\d",""}');
  });

  it('an empty list is an empty array', async () => {
    expect(await back(textArray([]), 'text')).toEqual([]);
    expect(await back(intArray([]), 'int')).toEqual([]);
  });

  it('intArray passes whole numbers', async () => {
    expect(await back(intArray([3, 1, 2.7]), 'int')).toEqual([3, 1, 2]);
  });
});
