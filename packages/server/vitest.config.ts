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
    env: { CORNERSTONE_LOG_FILE: logFile },
    globalSetup: ['test/support/log-check.ts'],
    reporters: reporters(`server${process.env.DATABASE_URL ? '-postgres' : '-embedded'}`),
  },
});
