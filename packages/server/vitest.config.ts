import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.reporters.ts';

const require = createRequire(import.meta.url);

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
    reporters: reporters(`server${process.env.DATABASE_URL ? '-postgres' : '-embedded'}`),
  },
});
