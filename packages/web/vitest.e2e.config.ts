import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.reporters.ts';

// Browser tests: headless Chromium against the built app and a running server (CORNERSTONE_E2E_URL).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: reporters('web-e2e'),
  },
});
