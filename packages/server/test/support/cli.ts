import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const SERVER = resolve(import.meta.dirname, '../..');

/**
 * Runs the real CLI (`tsx src/app/cli/main.ts …`) as a subprocess, as `pnpm cornerstone` would; with
 * `built`, the build of `pnpm --filter @cornerstone/server build` (`node dist/main.js …`).
 */
export function runCli(args: string[], env: Record<string, string>, stdin?: string, built = false) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done, fail) => {
    const entry = built ? ['dist/main.js'] : ['--import', 'tsx', 'src/app/cli/main.ts'];
    const child = spawn(process.execPath, [...entry, ...args], {
      cwd: SERVER,
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** `user add` of an account manager through the CLI (password on standard input). */
export function addAccountManagerCli(
  env: Record<string, string>,
  login: string,
  branch: string,
  password: string,
  built = false,
) {
  return runCli(
    ['user', 'add', '--login', login, '--role', 'account_manager', '--branch', branch, '--password-stdin'],
    env,
    `${password}\n`,
    built,
  );
}
