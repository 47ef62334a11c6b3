// `pnpm --filter @cornerstone/server build`: the CLI and server as plain JavaScript in dist/, for
// deployments and scheduled jobs. It starts in about 0.7 s where `pnpm cornerstone` (TypeScript
// compiled on the fly by tsx) takes about 1.1 s. Dependencies stay in node_modules; the shared
// package (TypeScript source) is bundled in. dist/ sits beside src/, so paths resolved from a
// module's own directory (the repository root, packages/web/dist) are the same from both.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((d) => d !== '@cornerstone/shared')
  .flatMap((d) => [d, `${d}/*`]);

await build({
  entryPoints: { main: 'src/app/cli/main.ts' },
  bundle: true,
  // Commands load their modules on demand; split chunks keep that lazy in the build.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  external,
  sourcemap: true,
  logLevel: 'warning',
});
