import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

describe('GraphQL hardening', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'analyst', 'analyst');
    server = await startServer(orm);
    token = await server.login('analyst');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify(body),
    });

  it('refuses a 20-deep query before any resolver runs', async () => {
    let sel = 'login';
    for (let i = 0; i < 20; i++) sel = `edges { node { manager { ${sel} } } }`;
    const r = await server.gql(`query { merchants(first: 1) { ${sel} } }`, {}, token);
    expect(r.errors?.[0]?.message).toMatch(/depth|cost/i);
    expect(r.data).toBeUndefined();
  });

  it('refuses first: 1000, literal or variable, before any resolver runs', async () => {
    const literal = await server.gql('{ merchants(first: 1000) { totalCount } }', {}, token);
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0]?.message).toBe('first: must be between 1 and 100');
    expect(literal.data).toBeUndefined();
    const viaVariable = await server.gql(
      'query($n: Int) { merchants(first: 1) { totalCount } tasks(first: $n) { totalCount } }',
      { n: 1000 },
      token,
    );
    expect(viaVariable.errors?.[0]?.message).toBe('first: must be between 1 and 100');
    expect(viaVariable.data).toBeUndefined();
    const inFragment = await server.gql(
      'query { ...F } fragment F on Query { merchants(first: 101) { totalCount } }',
      {},
      token,
    );
    expect(inFragment.data).toBeUndefined();
    const fine = await server.gql('{ merchants(first: 100) { totalCount } }', {}, token);
    expect(fine.errors).toBeUndefined();
  });

  it('refuses 50 aliases of login', async () => {
    const aliases = Array.from(
      { length: 50 },
      (_, i) => `a${i}: login(login: "analyst", password: "x") { token }`,
    ).join('\n');
    const r = await server.gql(`mutation { ${aliases} }`);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
    expect(r.data).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const res = await post([{ query: '{ me { login } }' }, { query: '{ me { login } }' }]);
    expect(res.status).toBe(400);
  });

  it('answers introspection only to signed-in users and sends no field suggestions', async () => {
    const anon = await server.gql('{ __schema { queryType { name } } }');
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const user = await server.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
      {},
      token,
    );
    expect(user.data?.__schema.queryType.name).toBe('Query');
    const typo = await server.gql('{ merchnts(first: 1) { totalCount } }', {}, token);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('keeps CSRF prevention on: a simple form post is refused', async () => {
    const res = await fetch(`${server.url}/graphql?query=%7Bme%7Blogin%7D%7D`, { method: 'GET' });
    expect(res.status).toBe(400);
  });

  it('turns a database failure into a code and request id with no SQL in the body', async () => {
    const r = await server.gql<unknown>('query { pyramid(period: "2026-10") { merchantCount } }', {}, token);
    expect(r.errors).toBeUndefined();
    await orm.em.getConnection().execute('alter table tier_level rename to tier_level_gone');
    try {
      const res = await post({ query: 'query { pyramid(period: "2026-10") { merchantCount } }' });
      const text = await res.text();
      const body = JSON.parse(text) as {
        errors: { message: string; extensions: { code: string; requestId: string } }[];
      };
      expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0]!.extensions.requestId).toBe(res.headers.get('x-request-id'));
      expect(text).not.toMatch(/select|tier_level|relation/i);
    } finally {
      await orm.em.getConnection().execute('alter table tier_level_gone rename to tier_level');
    }
  });
});
