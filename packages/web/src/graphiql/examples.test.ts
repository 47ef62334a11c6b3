import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { examples, quarterOf } from './examples.ts';

// The saved operations an analyst starts from must run against the schema as it is.
const schema = buildSchema(
  readFileSync(resolve(import.meta.dirname, '../../../server/schema.graphql'), 'utf8'),
);

describe('GraphiQL examples', () => {
  const list = examples('2026-11', '2026-10');
  it('are valid operations of the current schema', () => {
    for (const { query } of list) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
  it('cover the analysts’ starting questions', () => {
    const names = list.map(({ query }) => /query (\w+)/.exec(query)?.[1]);
    for (const n of ['BranchPyramid', 'QuarterMigration', 'KeyNotVisited', 'PointsByBranch', 'TopGrowth'])
      expect(names).toContain(n);
  });
  it('names quarters', () => {
    expect(quarterOf('2026-10')).toBe('2026-Q4');
    expect(quarterOf('2026-03')).toBe('2026-Q1');
  });
});
