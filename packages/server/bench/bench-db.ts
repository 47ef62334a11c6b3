import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createApp } from '../src/app/app.ts';
import type { Orm } from '../src/app/orm.ts';
import { addUser } from '../src/identity/users.service.ts';
import { loadConfig } from '../src/platform/config.ts';

export const BASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
// A PostgreSQL server database takes its data key from CORNERSTONE_DATA_KEY only; every benchmark
// database is created fresh, so a key of this run's own does, inherited by the processes it starts.
process.env.CORNERSTONE_DATA_KEY ||= randomBytes(32).toString('hex');

/** A fresh database on the PostgreSQL server for one benchmark run. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Runs a command, returning wall time in ms and its output. */
export function timed(cmd: string, args: string[], env: Record<string, string> = {}, cwd?: string) {
  return new Promise<{ ms: number; code: number; stdout: string; stderr: string }>((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env },
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ ms: performance.now() - t0, code: code ?? -1, stdout, stderr }));
  });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * The real server in this process on a free port, with a signed-in analyst: `gql` posts a query
 * over HTTP and returns its data (throwing on GraphQL errors).
 */
export async function startBenchServer(orm: Orm) {
  await addUser(orm.em.fork() as never, {
    login: 'bench_analyst',
    role: 'analyst',
    password: 'bench-password',
  });
  const { app, apollo } = await createApp(orm, { ...loadConfig({}), port: 0 });
  const server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  let token: string | undefined;
  const gql = async <T = Record<string, unknown>>(query: string): Promise<T> => {
    const res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  token = (
    await gql<{ login: { token: string } }>(
      'mutation { login(login: "bench_analyst", password: "bench-password") { token } }',
    )
  ).login.token;
  return {
    gql,
    close: async () => {
      server.close();
      await apollo.stop();
    },
  };
}
