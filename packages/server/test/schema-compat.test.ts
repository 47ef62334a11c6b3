import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BreakingChange, buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Schema change safety for integrators: every breaking change between the last released schema
 * (schema.released.graphql) and the current one (schema.graphql, emitted from the code and kept
 * fresh by CI) must be listed as intended in schema-breaking-allowed.json — an array of
 * `{ "type": "FIELD_REMOVED", "description": "Merchant.foo was removed." }`, exactly as reported
 * here. At a release, `pnpm --filter @cornerstone/server exec tsx scripts/release-schema.ts` makes
 * the current schema the released one and empties the list.
 */
const root = resolve(import.meta.dirname, '..');
const load = (file: string) => buildSchema(readFileSync(resolve(root, file), 'utf8'));

interface AllowedChange {
  type: string;
  description: string;
}

function readAllowList(): AllowedChange[] {
  const parsed: unknown = JSON.parse(readFileSync(resolve(root, 'schema-breaking-allowed.json'), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error('schema-breaking-allowed.json must hold an array');
  for (const entry of parsed) {
    const e = entry as Partial<AllowedChange> | null;
    if (typeof e?.type !== 'string' || typeof e.description !== 'string')
      throw new Error(
        `schema-breaking-allowed.json: not a {type, description} entry: ${JSON.stringify(entry)}`,
      );
  }
  return parsed as AllowedChange[];
}

describe('schema compatibility with the last release', () => {
  const released = load('schema.released.graphql');
  const current = load('schema.graphql');

  it('has no breaking change that is not listed as intended', () => {
    const allowed = readAllowList();
    const isAllowed = (c: BreakingChange) =>
      allowed.some((a) => a.type === c.type && a.description === c.description);
    const unexpected = findBreakingChanges(released, current)
      .filter((c) => !isAllowed(c))
      .map((c) => ({ type: c.type, description: c.description }));
    // On failure the message is the JSON to add to schema-breaking-allowed.json, if intended.
    expect(
      unexpected,
      `breaking changes not in schema-breaking-allowed.json:\n${JSON.stringify(unexpected, null, 2)}`,
    ).toEqual([]);
  });
});
