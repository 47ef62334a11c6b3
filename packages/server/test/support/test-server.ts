import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createApp } from '../../src/app/app.ts';
import type { Orm } from '../../src/app/orm.ts';
import { addUser } from '../../src/identity/users.service.ts';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import { reactionsSettled } from '../../src/platform/events/reactions.ts';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The real server on a free port, talking to the test database; requests go over real HTTP. */
/** The code of an answer's first error (BAD_USER_INPUT, FORBIDDEN, …), or undefined. */
export const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code as string | undefined;

/** The fields an answer's first error names, in order. */
export const fieldsOf = (r: GqlResult<unknown>) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

/** The fields an answer's first error names, each with its problem code: `field:code`. */
export const fieldCodes = (r: GqlResult<unknown>) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code?: string }[]).map(
    (f) => `${f.field}:${f.code}`,
  );

export async function startServer(orm: Orm, overrides: Partial<Config> = {}) {
  const config = { ...loadConfig({}), port: 0, ...overrides };
  const { app, apollo } = await createApp(orm, config);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  async function gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }
  async function login(loginName: string, password = 'test-password-1') {
    const r = await gql<{ login: { token: string } }>(
      'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }',
      { l: loginName, p: password },
    );
    if (!r.data) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  }
  return {
    url,
    gql,
    login,
    close: async () => {
      // What requests left running behind them (a snapshot's follow-up) ends before the database does.
      await reactionsSettled();
      await new Promise((r) => server.close(r));
      await apollo.stop();
    },
  };
}

export async function seedUser(orm: Orm, login: string, role: string, branch?: string) {
  return addUser(orm.em.fork() as EntityManager, { login, role, branch, password: 'test-password-1' });
}

/** Several users, each as [login, role, branch?]; their branches are created with them. */
export async function seedUsers(orm: Orm, users: readonly (readonly [string, string, string?])[]) {
  for (const [login, role, branch] of users) await seedUser(orm, login, role, branch);
}

/** Counts the SQL statements the ORM's connection runs while `fn` runs. */
export async function countQueries<T>(
  orm: Orm,
  fn: () => Promise<T>,
): Promise<{ result: T; count: number; sql: string[] }> {
  const knex = (orm.em as unknown as EntityManager).getConnection().getKnex();
  const sql: string[] = [];
  const listener = (q: { sql: string }) => sql.push(q.sql);
  knex.on('query', listener);
  try {
    const result = await fn();
    return { result, count: sql.length, sql };
  } finally {
    knex.off('query', listener);
  }
}
