import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCli, stopGroup } from './support/serve-process.ts';
import { onPostgres } from './support/test-db.ts';

// The first start (`pnpm start` on an empty embedded database): the server answers at once and the
// demo fills in behind it, with its progress on /healthz (the web's banner) and in the console; the
// same demo and the same logins as before once it is done. Embedded only, as the first start is:
// the PostgreSQL run of the suite skips it.
describe.skipIf(onPostgres)('the first start on an empty embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-first-start-'));
  const server = spawnCli(['serve', '--demo-if-empty'], {
    CORNERSTONE_DATA_DIR: join(dir, 'data'),
    DATABASE_URL: '',
    PORT: '0',
  });

  afterAll(async () => {
    await stopGroup(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers before the demo is loaded, shows its progress, and ends with the demo and its logins', async () => {
    let port = 0;
    for (let i = 0; i < 1200 && !port; i++) {
      port = Number(/serving http:\/\/localhost:(\d+)/.exec(server.output().stdout)?.[1] ?? 0);
      if (!port) await new Promise((r) => setTimeout(r, 100));
    }
    expect(port, `the server did not start: ${JSON.stringify(server.output())}`).toBeGreaterThan(0);
    const base = `http://127.0.0.1:${port}`;
    // The embedded database runs in the server's own thread: a long statement of the load holds it
    // for a few seconds, and a request then waits (or its idle connection is dropped): ask again.
    const health = async (): Promise<{ state: string; percent: number }> => {
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) });
          return ((await res.json()) as { demo: { state: string; percent: number } }).demo;
        } catch (err) {
          if (attempt >= 5) throw err;
        }
      }
    };
    const first = await health();
    expect(first.state).toBe('loading');
    expect(first.percent).toBeLessThan(100);
    const gql = async (query: string, token?: string) =>
      (await (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data?: Record<string, { token?: string; merchantCount?: number }>; errors?: unknown };
    // Progress only moves forward, and the load ends ready.
    let last = first.percent;
    let state = first.state;
    for (let i = 0; i < 480 && state === 'loading'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const now = await health();
      expect(now.percent).toBeGreaterThanOrEqual(last);
      last = now.percent;
      state = now.state;
    }
    expect(state).toBe('ready');
    expect(server.output().stdout).toMatch(/Demo logins \(password for every demo user: cornerstone-demo\)/);
    const login = await gql('mutation { login(login: "analyst", password: "cornerstone-demo") { token } }');
    const token = login.data!.login!.token!;
    const month = new Date();
    month.setUTCDate(1);
    month.setUTCMonth(month.getUTCMonth() - 1);
    const p = await gql(`{ pyramid(period: "${month.toISOString().slice(0, 7)}") { merchantCount } }`, token);
    expect(p.errors).toBeUndefined();
    expect(p.data!.pyramid!.merchantCount).toBeGreaterThan(4000);
  }, 300_000);
});
