import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.reporters.ts';

const require = createRequire(import.meta.url);
// One log file for the whole run, searched for personal data in clear by a test and at the end.
const logFile =
  process.env.CORNERSTONE_LOG_FILE ?? join(tmpdir(), `cornerstone-test-${process.pid}-${Date.now()}.log`);
process.env.CORNERSTONE_LOG_FILE = logFile;
// A PostgreSQL server database takes its data key from CORNERSTONE_DATA_KEY only (docs/security.md):
// one key for the run, shared by the test processes and the CLIs and servers they start. Every test
// database is created fresh, so a key of the run's own does.
if (process.env.DATABASE_URL) process.env.CORNERSTONE_DATA_KEY ||= randomBytes(32).toString('hex');

export default defineConfig({
  resolve: {
    // One copy of graphql: the ESM and CJS builds otherwise count as two "realms".
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    env: {
      CORNERSTONE_LOG_FILE: logFile,
      ...(process.env.CORNERSTONE_DATA_KEY ? { CORNERSTONE_DATA_KEY: process.env.CORNERSTONE_DATA_KEY } : {}),
    },
    globalSetup: ['test/support/log-check.ts'],
    reporters: reporters(`server${process.env.DATABASE_URL ? '-postgres' : '-embedded'}`),
  },
});
