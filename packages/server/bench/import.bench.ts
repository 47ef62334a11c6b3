import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { freshDatabase, sql, timed } from './bench-db.ts';

const SERVER = resolve(import.meta.dirname, '..');
const COLS =
  'settle_date,mid,txn_count,txn_amount,capped_count,capped_amount,merchant_fee,issuer_fee,network_fee';

/** Merchants straight into the tables (setup, not measured). */
export async function seedMerchants(url: string, n: number) {
  await sql(url, `insert into branch (name, region) values ('基准分公司', '关中') on conflict do nothing`);
  await sql(
    url,
    `insert into app_user (login, display_name, role, branch_id, password_hash)
     select 'bench_am', '基准客户经理', 'account_manager', id, 'x' from branch where name = '基准分公司' on conflict do nothing`,
  );
  await sql(
    url,
    `insert into merchant (mid, name, mcc, category_code, fee_plan, rate, cap, branch_id, manager_id, onboarded_on, status)
     select '8' || lpad(i::text, 14, '0'), '基准商户' || i, case when i % 2 = 0 then '5812' else '5311' end,
            case when i % 2 = 0 then 'dining' else 'general' end, 'rate', case when i % 2 = 0 then 0.0125 else 0.0078 end,
            null, b.id, u.id, date '2020-01-01', 'active'
     from generate_series(1, $1::int) i, branch b, app_user u where b.name = '基准分公司' and u.login = 'bench_am'
     on conflict (mid) do nothing`,
    [n],
  );
  await sql(url, 'analyze merchant');
}

export const benchMid = (i: number) => `8${String(i).padStart(14, '0')}`;

/** Fen as yuan with 2 decimals, from integers (no float rounding in the file). */
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * A settlements.csv of `rows` rows: `merchants` merchants over consecutive days from 2025-01-01;
 * answers how many merchants it names. Every row settles ¥15,000 or more of non-capped amount, the
 * highest threshold of the seeded merchants' points rules (dining ¥10,000, general ¥10,000 or
 * ¥15,000: DEFAULT_POINTS_RULES), so every merchant in the file earns points, as in the issue.
 */
export async function writeSettlements(path: string, merchants: number, rows: number): Promise<number> {
  const out = createWriteStream(path);
  out.write(`${COLS}\n`);
  const days = Math.ceil(rows / merchants);
  let written = 0;
  const start = Date.UTC(2025, 0, 1);
  for (let d = 0; d < days && written < rows; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (let i = 1; i <= merchants && written < rows; i++) {
      const amount = 1_500_000 + ((i * 7919 + d * 104729) % 9_000_000);
      const fee = Math.floor(amount * 0.0078);
      const line = `${date},${benchMid(i)},${1 + (amount % 17)},${yuan(amount)},0,0.00,${yuan(fee)},${yuan(Math.floor(fee / 2))},${yuan(Math.floor(fee / 10))}\n`;
      written++;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return Math.min(merchants, rows);
}

export interface ImportFigures {
  rows: number;
  psqlMs: number;
  ourMs: number;
  ratio: number;
  rowsPerSec: number;
  maxRssKb: number;
  /** Merchants named in the file, and how many of them got a points accrual from the import. */
  merchantsInFile: number;
  merchantsEarning: number;
  /** The import's phases in ms (CORNERSTONE_TIMING), e.g. { copy: 3400, attach: 800 }. */
  phases: Record<string, number>;
}

let built: Promise<void> | null = null;
/** The CLI as deployments run it (`pnpm --filter @cornerstone/server build`: dist/main.js), built once. */
function buildCli(): Promise<void> {
  built ??= timed(process.execPath, ['build.mjs'], {}, SERVER).then((r) => {
    if (r.code !== 0) throw new Error(r.stderr);
  });
  return built;
}

/**
 * One file: `psql \copy` into a bare table of the same columns, then our import through the built
 * CLI (`node dist/main.js import settlements FILE`, process start to exit), same database.
 */
export async function importBench(
  dir: string,
  rows: number,
  merchants: number,
  opts: { database?: string } = {},
): Promise<ImportFigures> {
  await buildCli();
  const url = await freshDatabase(opts.database ?? `cs_bench_import_${rows}`);
  const env = {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    CORNERSTONE_REPORT_RSS: '1',
    CORNERSTONE_TIMING: '1',
  };
  const migrate = await timed(process.execPath, ['dist/main.js', 'migrate'], env, SERVER);
  if (migrate.code !== 0) throw new Error(migrate.stderr);
  await seedMerchants(url, merchants);
  const file = join(dir, `settlements-${rows}.csv`);
  const merchantsInFile = await writeSettlements(file, merchants, rows);

  await sql(
    url,
    `create table bare_settlement (settle_date date, mid char(15), txn_count int, txn_amount numeric(16,2),
    capped_count int, capped_amount numeric(16,2), merchant_fee numeric(14,2), issuer_fee numeric(14,2), network_fee numeric(14,2))`,
  );
  const psql = await timed('psql', [url, '-q', '-c', `\\copy bare_settlement from '${file}' csv header`]);
  if (psql.code !== 0) throw new Error(psql.stderr);
  await sql(url, 'drop table bare_settlement');

  const ours = await timed(process.execPath, ['dist/main.js', 'import', 'settlements', file], env, SERVER);
  if (ours.code !== 0) throw new Error(ours.stderr);
  if (!ours.stdout.includes(`${rows} inserted`)) throw new Error(`unexpected summary: ${ours.stdout}`);
  const maxRssKb = Number(/maxrss_kb=(\d+)/.exec(ours.stderr)?.[1] ?? 0);
  // The case: every merchant in the file earns points (one accrual entry each).
  const [earning] = await sql<{ n: number }>(
    url,
    `select count(distinct merchant_id)::int as n from points_entry where kind = 'accrual'`,
  );
  const merchantsEarning = earning?.n ?? 0;
  if (merchantsEarning !== merchantsInFile)
    throw new Error(`${merchantsEarning} of ${merchantsInFile} merchants earned points`);
  return {
    rows,
    psqlMs: psql.ms,
    ourMs: ours.ms,
    ratio: psql.ms / ours.ms,
    rowsPerSec: (rows * 1000) / ours.ms,
    maxRssKb,
    merchantsInFile,
    merchantsEarning,
    phases: Object.fromEntries(
      [...ours.stderr.matchAll(/^phase (\S+) (\d+) ms/gm)].map((m) => [m[1]!, Number(m[2])]),
    ),
  };
}
