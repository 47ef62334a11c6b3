// The first start in the browser: a server of its own (the `start` script's command, on its own empty
// data directory and a free port), so it needs no CORNERSTONE_E2E_URL. While the demo loads behind
// the server, every page shows the banner with its progress and a demo login signs in; once loaded,
// the banner says so, and after a reload it is gone.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MESSAGES } from '../src/lib/messages/demo.ts';
import { shot } from './browser.ts';

const SERVER = resolve(import.meta.dirname, '../../server');
const LOADING = DEMO_MESSAGES.demoLoading.zh.split('（')[0]!;
const READY = DEMO_MESSAGES.demoReady.zh;

/** Starts the server package's `start` script (`serve --demo-if-empty`) in its own process group. */
function startServer(dataDir: string): { child: ChildProcess; stdout: () => string } {
  const pkg = JSON.parse(readFileSync(join(SERVER, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [bin, ...args] = pkg.scripts.start.split(/\s+/);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    CORNERSTONE_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  // The embedded database, as on a fresh machine: its key from the file the first start writes.
  delete env.DATABASE_URL;
  delete env.CORNERSTONE_DATA_KEY;
  const child = spawn(join(SERVER, 'node_modules/.bin', bin!), args, {
    cwd: SERVER,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr!.resume();
  return { child, stdout: () => stdout };
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const closed = once(child, 'close');
  process.kill(-child.pid, 'SIGTERM');
  const kill = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
  await closed;
  clearTimeout(kill);
}

describe('the first start in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-e2e-first-start-'));
  const server = startServer(join(dir, 'data'));
  let browser: Browser | undefined;
  let base = '';

  beforeAll(async () => {
    for (let i = 0; i < 1200 && !base; i++) {
      const port = /serving http:\/\/localhost:(\d+)/.exec(server.stdout())?.[1];
      if (port) base = `http://127.0.0.1:${port}`;
      else await new Promise((r) => setTimeout(r, 100));
    }
    if (!base) throw new Error(`the server did not start: ${server.stdout()}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stopGroup(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the banner while the demo loads, signs in meanwhile, says when it is loaded, then is gone', async () => {
    const page = await browser!.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.setDefaultTimeout(60_000);
    try {
      await page.goto(`${base}/`);
      const banner = page.getByTestId('demo-banner');
      await expect.poll(() => banner.textContent(), { timeout: 60_000 }).toContain(LOADING);
      expect(await banner.textContent()).toMatch(/\d+%/);

      // A demo login works while the demo loads, and the banner stays above the signed-in app.
      await page.getByTestId('login-name').fill('analyst');
      await page.getByTestId('login-password').fill('cornerstone-demo');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('me').waitFor();
      expect(await banner.textContent()).toContain(LOADING);
      await shot(page, 'first-start-loading');

      // The banner polls /healthz: once the demo is loaded it says so (and asks for a reload).
      await expect.poll(() => banner.textContent(), { timeout: 600_000, interval: 2000 }).toContain(READY);
      const health = (await (await fetch(`${base}/healthz`)).json()) as { demo: { state: string } };
      expect(health.demo.state).toBe('ready');
      await shot(page, 'first-start-ready');

      // After a reload the server still says ready, but this page never saw it load: no banner.
      const healthz = page.waitForResponse((r) => r.url().endsWith('/healthz'));
      await page.reload();
      await healthz;
      await page.getByTestId('me').waitFor();
      // The answer is rendered on the next tick: a moment for a banner that should not come.
      await page.waitForTimeout(500);
      expect(await page.getByTestId('demo-banner').count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 900_000);
});
