// `serve` on several processes of one machine (CORNERSTONE_WORKERS, app/cluster.ts): the primary
// forks one whole server per worker on one port, replaces a worker that dies, and stops them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTree, type ServerProcess, startServerProcess } from '../bench/server-process.ts';
import type { Orm } from '../src/app/orm.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createTestDb, onPostgres, type TestDb } from './support/test-db.ts';
import { seedUser } from './support/test-server.ts';

const KEY = 'ab'.repeat(32);

describe('CORNERSTONE_WORKERS', () => {
  it('is one process unless asked, one per core with auto, and needs a server database for more', () => {
    const url = 'postgres://x@127.0.0.1/db';
    expect(loadConfig({ DATABASE_URL: url, CORNERSTONE_DATA_KEY: KEY }).workers).toBe(1);
    expect(
      loadConfig({ DATABASE_URL: url, CORNERSTONE_DATA_KEY: KEY, CORNERSTONE_WORKERS: '3' }).workers,
    ).toBe(3);
    expect(
      loadConfig({ DATABASE_URL: url, CORNERSTONE_DATA_KEY: KEY, CORNERSTONE_WORKERS: 'auto' }).workers,
    ).toBeGreaterThanOrEqual(1);
    // The embedded database belongs to one process: auto means one there, a number above one is refused.
    expect(loadConfig({ CORNERSTONE_WORKERS: 'auto' }).workers).toBe(1);
    expect(() => loadConfig({ CORNERSTONE_WORKERS: '2' })).toThrow(/needs DATABASE_URL/);
    expect(() =>
      loadConfig({ DATABASE_URL: url, CORNERSTONE_DATA_KEY: KEY, CORNERSTONE_WORKERS: 'two' }),
    ).toThrow(/CORNERSTONE_WORKERS must be a whole number/);
  });
});

describe.skipIf(!onPostgres)('serve with two workers (PostgreSQL)', () => {
  let db: TestDb;
  let orm: Orm;
  let server: ServerProcess;
  const workers = () => processTree(server.pid).filter((p) => p !== server.pid);
  const signIn = async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(login: "admin", password: "test-password-1") { token } }',
      }),
    });
    return (await res.json()) as { data?: { login: { token: string } } };
  };
  const answersAll = async (n: number, token: string) => {
    const answers = await Promise.all(
      Array.from({ length: n }, async () => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { login } }' }),
        });
        return ((await res.json()) as { data?: { me: { login: string } } }).data?.me.login;
      }),
    );
    return answers.filter((a) => a === 'admin').length;
  };
  const waitFor = async (check: () => boolean) => {
    for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
    return check();
  };

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'admin', 'admin');
    server = await startServerProcess({ env: { ...db.env, CORNERSTONE_WORKERS: '2', LOG_LEVEL: 'warn' } });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await orm?.close();
    await db?.drop();
  });

  it('answers on one port from two worker processes, replaces one that dies, and stops them all', async () => {
    expect(await waitFor(() => workers().length === 2)).toBe(true);
    const { data } = await signIn();
    const token = data!.login.token;
    // A session made through one worker is good on the other: 40 requests, all answered as admin.
    expect(await answersAll(40, token)).toBe(40);
    const [victim] = workers();
    process.kill(victim!, 'SIGKILL');
    expect(await waitFor(() => workers().length === 2 && !workers().includes(victim!))).toBe(true);
    // Wait for the new worker to listen, then every request is answered again.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await answersAll(40, token)).toBe(40);
    const all = processTree(server.pid);
    await server.stop();
    const alive = all.filter((p) => {
      try {
        process.kill(p, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  }, 120_000);
});
