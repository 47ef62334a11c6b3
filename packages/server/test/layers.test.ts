import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The layer rules bite: the same dependency-cruiser run that CI makes (`pnpm deps`) passes on the
// tree as it is and fails, naming the rule, when a feature imports a layer above it or a feature
// beside it. Run on a copy of the source, so the real tree is never touched.

const root = resolve(import.meta.dirname, '../../..');
const copy = mkdtempSync(join(tmpdir(), 'cs-layers-'));
cpSync(join(root, 'packages/server/src'), join(copy, 'packages/server/src'), { recursive: true });
for (const f of [
  '.dependency-cruiser.cjs',
  '.dependency-cruiser-layers.cjs',
  '.dependency-cruiser-known-violations.json',
])
  cpSync(join(root, f), join(copy, f));
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function cruise() {
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'packages/server/src',
      '--config',
      '.dependency-cruiser.cjs',
      '--ignore-known',
      '--output-type',
      'err',
    ],
    { cwd: copy, encoding: 'utf8' },
  );
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Adds an import at the top of a copied file. */
function addImport(file: string, line: string) {
  const path = join(copy, 'packages/server/src', file);
  writeFileSync(path, `${line}\n${readFileSync(path, 'utf8')}`);
}

describe('the layer rules (dependency-cruiser)', () => {
  it('place every folder of the server in a layer: a new one is a design question, not a blind spot', async () => {
    const { LAYERS } = (await import(join(root, '.dependency-cruiser-layers.cjs'))).default as {
      LAYERS: string[][];
    };
    const folders = readdirSync(join(root, 'packages/server/src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders.filter((f) => !LAYERS.flat().includes(f))).toEqual([]);
  });

  it('pass on the tree as it is, then fail on an upward and on a sideways import', () => {
    expect(cruise()).toMatchObject({ status: 0 });

    addImport('merchant/merchant-status.ts', "import '../task/tasks.service.ts';");
    let r = cruise();
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('no-upward-from-merchant');
    expect(r.out).toContain('merchant/merchant-status.ts → packages/server/src/task/tasks.service.ts');

    addImport('interaction/interactions.service.ts', "import '../service-desk/complaints.service.ts';");
    r = cruise();
    expect(r.out).toContain('no-sideways-from-interaction');

    addImport('platform/logger.ts', "import '../identity/scope.ts';");
    r = cruise();
    expect(r.out).toContain('no-upward-from-platform');
  }, 120_000);
});
