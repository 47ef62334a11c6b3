import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isValidDate } from '@cornerstone/shared/period/period';
import { SETTLEMENT_COLUMNS } from '@cornerstone/shared/settlement/settlement-row';
import { parse } from 'csv-parse';
import { withBulkTx } from '../../db/bulk.ts';
import type { Orm } from '../../db/orm.ts';
import type { ImportOptions, ImportSummary } from '../common/csv-import.ts';
import { accrueFromDelta } from '../loyalty/loyalty.service.ts';
import { PlainCsvScan } from './plain-csv-scan.ts';
import {
  claimFreshMonths,
  ensurePartitions,
  fastRowRuleSql,
  insertNewSettlements,
  loadFreshMonth,
  POINTS_DELTA_DDL,
  rollUp,
  VALUE_COLUMNS,
} from './settlement-store.ts';

/** The fast path met something it does not explain row by row; the careful path takes over. */
class NeedsCarefulPath extends Error {}

async function readHeader(path: string): Promise<string[]> {
  const parser = createReadStream(path).pipe(parse({ bom: true, to_line: 1 }));
  for await (const record of parser as AsyncIterable<string[]>) return record.map((h) => h.trim());
  return [];
}

/**
 * The bulk path on a PostgreSQL server, for the common case of a clean file: PostgreSQL's own COPY
 * parses the file into a text staging table, one set-based pass checks every row with the SQL twin
 * of the shared validator, and one statement inserts, rolls up and counts for points. Anything
 * irregular — a bad row, an unknown merchant, a changed value — rolls back and returns null, and the
 * careful path (row-by-row validation in Node) reports each problem by row and column.
 */
export async function fastImportSettlements(
  orm: Orm,
  path: string,
  opts: ImportOptions,
): Promise<ImportSummary | null> {
  const started = Date.now();
  const header = await readHeader(path);
  // Only files whose header names exactly the known columns: anything else is for the careful path.
  if (header.length !== SETTLEMENT_COLUMNS.length || !SETTLEMENT_COLUMNS.every((c) => header.includes(c)))
    return null;
  const bytesTotal = (await stat(path)).size;
  // CORNERSTONE_TIMING=1 prints each phase's milliseconds to stderr (for the benchmarks).
  let mark = Date.now();
  const phase = (name: string) => {
    if (process.env.CORNERSTONE_TIMING) process.stderr.write(`phase ${name} ${Date.now() - mark} ms\n`);
    mark = Date.now();
  };
  let bytesRead = 0;
  let lines = 0;
  let lastReport = 0;
  try {
    return await withBulkTx(orm, async (tx) => {
      // The embedded database takes the careful path (its COPY reads the whole file as one Blob).
      if (!tx.server) throw new NeedsCarefulPath();
      // Typed staging, so COPY converts the numbers as psql would; dates stay text and are checked
      // below by the shared rule (PostgreSQL would also take 10-01-2026 as a date).
      const types: Record<string, string> = { settle_date: 'text', mid: 'text' };
      for (const c of VALUE_COLUMNS) types[c] = c.endsWith('count') ? 'int not null' : 'numeric not null';
      await tx.query(
        `CREATE TEMP TABLE cs_settlement_raw (${header.map((c) => `${c} ${types[c]}`).join(', ')}) ON COMMIT DROP`,
      );
      await tx.query(POINTS_DELTA_DDL);
      const scan = new PlainCsvScan();
      await tx.copyFile('cs_settlement_raw', header, path, (chunk) => {
        scan.push(chunk);
        bytesRead += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        const now = Date.now();
        if (opts.onProgress && now - lastReport > 250) {
          lastReport = now;
          opts.onProgress({
            bytesRead,
            bytesTotal,
            rowsRead: Math.max(0, lines - 1),
            rejected: 0,
            elapsedMs: now - started,
          });
        }
      });
      phase('copy');
      if (!scan.plain) throw new NeedsCarefulPath();
      // Few distinct dates and MIDs: checked with the shared rule and against the merchants.
      const dates = await tx.query<{ d: string | null }>(
        'SELECT DISTINCT settle_date AS d FROM cs_settlement_raw',
      );
      if (dates.some((r) => r.d === null || !isValidDate(r.d))) throw new NeedsCarefulPath();
      // Every date is valid: type the column, so joins on (merchant, day) use the primary key.
      await tx.query('ALTER TABLE cs_settlement_raw ALTER settle_date TYPE date USING settle_date::date');
      await tx.query('ANALYZE cs_settlement_raw');
      const [unknown] = await tx.query<{ any: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT mid FROM cs_settlement_raw) r
           WHERE r.mid IS NULL OR NOT EXISTS (SELECT 1 FROM merchant m WHERE m.mid = r.mid)) AS any`,
      );
      if (unknown?.any) throw new NeedsCarefulPath();
      // The rest of the shared rule on the typed values (stricter on size: at most 10^14 yuan).
      const [check] = await tx.query<{ n: string; bad: string }>(
        `SELECT count(*) AS n, count(*) FILTER (WHERE NOT (${fastRowRuleSql()})) AS bad FROM cs_settlement_raw`,
      );
      const rowsRead = Number(check?.n ?? 0);
      opts.onProgress?.({
        bytesRead: bytesTotal,
        bytesTotal,
        rowsRead,
        rejected: 0,
        elapsedMs: Date.now() - started,
      });
      phase('check');
      if (Number(check?.bad ?? 0) > 0) throw new NeedsCarefulPath();
      const sorted = dates.map((r) => r.d!).sort();
      const lo = sorted[0];
      const hi = sorted.at(-1);
      if (rowsRead === 0 || !lo || !hi)
        return {
          file: basename(path),
          rowsRead,
          inserted: 0,
          updated: 0,
          skipped: 0,
          rejected: 0,
          rolledBack: false,
          elapsedMs: Date.now() - started,
        };
      const source = `(SELECT m.id AS merchant_id, r.settle_date, ${VALUE_COLUMNS.map((c) => `r.${c}`).join(', ')}
        FROM cs_settlement_raw r JOIN merchant m ON m.mid = r.mid)`;
      // Months no import touched yet (history on first use) are loaded whole and indexed once;
      // the rest go into their existing partitions.
      const fresh = await claimFreshMonths(tx, lo, hi);
      let inserted = 0;
      for (const m of fresh) inserted += await loadFreshMonth(tx, m, `${source} f`);
      await ensurePartitions(tx, lo, hi);
      const others = fresh.map((m) => `(s.settle_date >= '${m.first}' AND s.settle_date < '${m.next}')`);
      // In primary-key order, so the index grows merchant by merchant instead of at random.
      if (fresh.length === 0 || inserted < rowsRead)
        inserted += await insertNewSettlements(
          tx,
          `(SELECT * FROM ${source} s ${others.length ? `WHERE NOT (${others.join(' OR ')})` : ''}
            ORDER BY merchant_id, settle_date) src`,
        );
      phase('insert');
      // A file partly new and partly already stored is rare: the careful path sorts it out row by row.
      if (inserted > 0 && inserted < rowsRead) throw new NeedsCarefulPath();
      if (inserted === rowsRead) await rollUp(tx, `${source} src`);
      phase('rollup');
      if (inserted === 0) {
        // Rows already stored (or twice in the file): skipped when identical; any different value
        // goes to the careful path, which rejects it by row and column.
        // A set difference, not a join: it needs no statistics to plan well on fresh partitions.
        const cols = `merchant_id, settle_date, ${VALUE_COLUMNS.join(', ')}`;
        const [changed] = await tx.query<{ any: boolean }>(
          `SELECT EXISTS (SELECT ${cols} FROM ${source} src
             EXCEPT SELECT ${cols} FROM settlement WHERE settle_date BETWEEN $1::date AND $2::date) AS any`,
          [lo, hi],
        );
        if (changed?.any) throw new NeedsCarefulPath();
      }
      phase('conflicts');
      await accrueFromDelta(tx, hi, `import settlements ${basename(path)}`);
      phase('points');
      return {
        file: basename(path),
        rowsRead,
        inserted,
        updated: 0,
        skipped: rowsRead - inserted,
        rejected: 0,
        rolledBack: false,
        elapsedMs: Date.now() - started,
      };
    });
  } catch (err) {
    if (err instanceof NeedsCarefulPath) return null;
    // COPY refused a cell (bad number, missing field, NULL): the careful path names the row and column.
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('22') || code.startsWith('23')) return null;
    throw err;
  }
}
