import { afterAll, beforeAll } from 'vitest';
import type { Orm } from '../../src/app/orm.ts';
import type { Config } from '../../src/platform/config.ts';
import { createTestDb, type TestDb } from './test-db.ts';
import { startServer } from './test-server.ts';

// One test file's world: a fresh database, seeded, the real server on it and the signed-in users,
// set up before the file's tests and torn down after them.

type Started = Awaited<ReturnType<typeof startServer>>;

export interface SeededServer {
  /** The server; usable from the tests on (it forwards to the one started before them). */
  server: Pick<Started, 'gql' | 'login' | 'url'>;
  /** A token for each user signed in before the tests, by the key they were given under. */
  tokens: Record<string, string>;
  /** The database, once open. */
  orm: () => Orm;
}

/**
 * Registers, in the enclosing describe, the hooks that open a fresh test database, `seed` it, start
 * the server on it and sign in `users` (logins, or logins by key), then close and drop it all after
 * the tests. The answer can be destructured at once: its fields forward to what the hooks set up.
 */
export function useSeededServer(
  seed: (orm: Orm) => Promise<void>,
  users: readonly string[] | Readonly<Record<string, string>>,
  config: Partial<Config> = {},
): SeededServer {
  let db: TestDb | undefined;
  let orm: Orm | undefined;
  let started: Started | undefined;
  const tokens: Record<string, string> = {};
  const running = () => {
    if (!started) throw new Error('the server starts in beforeAll');
    return started;
  };
  const server: SeededServer['server'] = {
    get url() {
      return running().url;
    },
    gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) =>
      running().gql<T>(query, variables, token),
    login: (login, password) => running().login(login, password),
  };

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seed(orm);
    started = await startServer(orm, config);
    const logins: [string, string][] = Array.isArray(users)
      ? users.map((u) => [u, u])
      : Object.entries(users as Record<string, string>);
    for (const [key, login] of logins) tokens[key] = await started.login(login);
  }, 120_000);

  afterAll(async () => {
    await started?.close();
    await orm?.close();
    await db?.drop();
  });

  return {
    server,
    tokens,
    orm: () => {
      if (!orm) throw new Error('the database opens in beforeAll');
      return orm;
    },
  };
}
