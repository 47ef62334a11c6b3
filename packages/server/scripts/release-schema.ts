// At a release: the current schema becomes the released one that test/schema-compat.test.ts checks
// new changes against, and the list of intended breaking changes starts empty again.
//   pnpm --filter @cornerstone/server exec tsx scripts/release-schema.ts
import { copyFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const released = resolve(root, 'schema.released.graphql');
copyFileSync(resolve(root, 'schema.graphql'), released);
writeFileSync(resolve(root, 'schema-breaking-allowed.json'), '[]\n');
console.log('schema.released.graphql ← schema.graphql; schema-breaking-allowed.json emptied');
