// Generates the next migration from the entities' diff against the committed snapshot.
// Usage: pnpm --filter @cornerstone/server migration:create [name]
import { migrator, openOrm } from './orm.ts';

const orm = await openOrm({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' });
try {
  // Bring the throwaway database up to date first, so the diff is only what is new.
  const m = await migrator(orm);
  await m.up();
  const result = await m.createMigration(undefined, false, false, process.argv[2]);
  console.log(
    result.fileName ? `created ${result.fileName} — add it to platform/db/migrations/index.ts` : 'no changes',
  );
} finally {
  await orm.close();
}
