import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { addUser } from '../src/identity/users.service.ts';
import { encodeCursor } from '../src/platform/graphql/connection.ts';
import type { Conn } from './support/both-ways.ts';
import { seedBranches } from './support/fixtures.ts';
import { A, B, code, connection, useListsServer } from './support/lists-relay.ts';
import { seedUsers } from './support/test-server.ts';

// The identity lists that answered everything at once (branches, account managers, API tokens) as
// connections: paged both ways, counted, in the old field's scope — and the old fields still
// answering as before.

/** Twelve branches; the users of A and B, with 23 account managers in A (the last inactive). */
async function seed(orm: Orm) {
  await seedBranches(orm, ...Array.from({ length: 10 }, (_, i) => `测试分公司${i}`));
  await seedUsers(orm, [
    ['admin', 'admin'],
    ['analyst', 'analyst'],
    ['bm_a', 'branch_manager', A],
    ['bm_b', 'branch_manager', B],
    ['ops_a', 'operations', A],
    ['am_b1', 'account_manager', B],
    ['am_b2', 'account_manager', B],
  ]);
  const em = orm.em.fork() as EntityManager;
  for (let i = 1; i <= 23; i++)
    await addUser(em, {
      login: `am_a${String(i).padStart(2, '0')}`,
      displayName: i === 7 ? '王小明' : `客户经理${i}`,
      role: 'account_manager',
      branch: A,
      password: 'test-password-1',
    });
  await em.execute(`update app_user set active = false where login = 'am_a23'`);
}

describe('the identity lists as Relay connections, over HTTP', () => {
  const { server, tokens, ok, walk } = useListsServer(seed, [
    'admin',
    'analyst',
    'bm_a',
    'bm_b',
    'ops_a',
    'am_a01',
  ]);

  it('pages branchesConnection in the old field’s scope and order', async () => {
    const Q = connection('branchesConnection', 'id name region');
    const OLD = '{ branches { id name region } }';
    const pick = (d: { branchesConnection: Conn<{ name: string }> }) => d.branchesConnection;
    const all = await walk('analyst', Q, pick, 5);
    expect(all).toHaveLength(12);
    expect(all).toEqual((await ok<{ branches: unknown[] }>('analyst', OLD)).branches);
    expect(new Set(all.map((b) => (b as unknown as { id: string }).id)).size).toBe(12);
    // A branch-bound role sees its own branch, in both.
    const own = await walk('bm_b', Q, pick, 5);
    expect(own.map((b) => b.name)).toEqual([B]);
    const opsOld = (await ok<{ branches: { name: string }[] }>('ops_a', OLD)).branches;
    expect(opsOld.map((b) => b.name)).toEqual([A]);
    expect(pick(await ok('ops_a', Q, { first: 100 })).edges.map((e) => e.node.name)).toEqual([A]);
  });

  it('pages, scopes and searches accountManagersConnection', async () => {
    const Q = connection(
      'accountManagersConnection',
      'id login displayName branch',
      '$branch: String, $search: String, ',
      'branch: $branch, search: $search, ',
    );
    const OLD = 'query($branch: String) { accountManagers(branch: $branch) { id login displayName branch } }';
    type M = { login: string; branch: string };
    const pick = (d: { accountManagersConnection: Conn<M> }) => d.accountManagersConnection;
    const everyone = await walk('analyst', Q, pick, 10);
    // 22 active in A (the 23rd is inactive) and 2 in B, by login.
    expect(everyone).toHaveLength(24);
    expect(everyone).toEqual((await ok<{ accountManagers: M[] }>('analyst', OLD)).accountManagers);
    const inA = await walk('admin', Q, pick, 10, { branch: A });
    expect(inA.map((m) => m.branch)).toEqual(Array(22).fill(A));
    expect(inA).toEqual((await ok<{ accountManagers: M[] }>('admin', OLD, { branch: A })).accountManagers);
    // A branch manager sees their branch's, whatever branch they ask for.
    const bm = await walk('bm_b', Q, pick, 1, { branch: A });
    expect(bm.map((m) => m.login)).toEqual(['am_b1', 'am_b2']);
    expect(bm).toEqual((await ok<{ accountManagers: M[] }>('bm_b', OLD, { branch: A })).accountManagers);
    // Search: part of a display name or login, in any case; LIKE's own characters taken literally.
    const search = async (text: string, user = 'analyst') =>
      (await ok<{ accountManagersConnection: Conn<M> }>(user, Q, { search: text, first: 100 }))
        .accountManagersConnection;
    expect((await search('小明')).edges.map((e) => e.node.login)).toEqual(['am_a07']);
    expect((await search('AM_A1')).totalCount).toBe(10);
    expect((await search('am_b', 'bm_a')).totalCount).toBe(0);
    expect((await search('%')).totalCount).toBe(0);
    expect((await search('m_a0')).totalCount).toBe(9);
    expect((await search('a_0')).totalCount).toBe(0);
    // Roles the old field refuses, the new one refuses too.
    for (const user of ['am_a01', 'ops_a']) {
      expect(code(await server.gql(Q, { first: 5 }, tokens[user]))).toBe('FORBIDDEN');
      expect(code(await server.gql(OLD, {}, tokens[user]))).toBe('FORBIDDEN');
    }
  });

  it('pages apiTokensConnection newest first, for administrators only', async () => {
    for (let i = 1; i <= 5; i++)
      await ok(
        'admin',
        'mutation($n: String!) { createApiToken(input: { name: $n, role: "analyst" }) { token apiToken { id } } }',
        { n: `feed.${i}` },
      );
    const Q = connection('apiTokensConnection', 'id name role');
    const OLD = '{ apiTokens { id name role } }';
    const pick = (d: { apiTokensConnection: Conn<{ name: string }> }) => d.apiTokensConnection;
    const tokensPaged = await walk('admin', Q, pick, 2);
    expect(tokensPaged.map((t) => t.name)).toEqual(['feed.5', 'feed.4', 'feed.3', 'feed.2', 'feed.1']);
    expect(tokensPaged).toEqual((await ok<{ apiTokens: unknown[] }>('admin', OLD)).apiTokens);
    // A cursor of this list whose key is no row id is refused as one, not passed to the database.
    const forged = await server.gql(
      Q,
      { first: 2, after: encodeCursor('apiTokens', ['feed.3']) },
      tokens.admin,
    );
    expect(forged.errors?.[0]?.message).toBe('after: not a cursor from this list');
    for (const user of ['analyst', 'bm_a']) {
      expect(code(await server.gql(Q, { first: 5 }, tokens[user]))).toBe('FORBIDDEN');
      expect(code(await server.gql(OLD, {}, tokens[user]))).toBe('FORBIDDEN');
    }
  });
});
