import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importMerchants } from '../../src/merchant/merchant-import.ts';
import { writeMerchantsCsv } from './fixtures.ts';
import { useSeededServer } from './seeded-server.ts';
import { seedUsers } from './test-server.ts';

// The service desk's tests' world (complaints, terminals and fault tickets): users of two branches,
// merchants of the first, and the helpers that read the answers' error codes and fields.

export const BRANCH = '渭南分公司';
export const OTHER = '宝鸡分公司';
export const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
export { codeOf, fieldsOf } from './test-server.ts';

/**
 * Registers the server's hooks in the enclosing describe: `users` ([login, role, branch?]) signed in,
 * and `merchants` merchants of BRANCH (odd am1's, even am2's). `gql` asks as a user; `ok` asks and
 * expects no error; `sql` reads the database.
 */
export function useServiceDesk(users: readonly (readonly [string, string, string?])[], merchants: number) {
  const world = useSeededServer(
    async (orm) => {
      await seedUsers(orm, users);
      const dir = mkdtempSync(join(tmpdir(), 'cs-desk-'));
      await writeMerchantsCsv(join(dir, 'm.csv'), merchants, {
        manager: (i) => (i % 2 ? 'am1' : 'am2'),
        branch: BRANCH,
      });
      await importMerchants(orm, join(dir, 'm.csv'));
    },
    users.map(([login]) => login),
  );
  const { server, tokens, orm } = world;
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm().em.getConnection().execute(q, p)) as T;
  const gql = <T>(user: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, tokens[user]);
  const ok = async <T>(user: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await gql<T>(user, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  return { ...world, sql, gql, ok };
}
