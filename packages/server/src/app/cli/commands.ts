import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Config } from '../../platform/config.ts';
import type { BulkSource } from '../../platform/db/bulk.ts';
import type { SqlRows } from '../../platform/db/replicas.ts';
import type { ImportSummary } from '../../platform/import/file-import.ts';
import type { Orm } from '../orm.ts';
import { intOption, UsageError } from './options.ts';
import { errorPrinter, formatSummary, progressReporter } from './progress.ts';

export interface CommandInput {
  orm: Orm;
  config: Config;
  args: string[];
  options: Record<string, string | boolean | undefined>;
  /** `serve` on the first start: the port already answering (early-listener.ts). */
  early?: { server: Server; release: () => void };
}
/** Exit status, or 'keep-open' for a server that runs until it is stopped. */
export type Command = (input: CommandInput) => Promise<number | 'keep-open'>;

async function readPassword(fromStdin: boolean): Promise<string> {
  if (!fromStdin && !process.stdin.isTTY)
    throw new UsageError('give the password on standard input with --password-stdin');
  if (!fromStdin) process.stderr.write('Password (input hidden): ');
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    if (!fromStdin) process.stderr.write('\n');
    return line.replace(/\r$/, '');
  }
  throw new UsageError('no password on standard input');
}

/** Where an import runs: SQL for its run record, a source of bulk transactions, the ORM if opened. */
export interface ImportDb {
  sql: SqlRows;
  bulk: BulkSource;
  orm?: Orm;
}

/**
 * `import merchants|settlements FILE.csv [--skip-invalid]`, recorded as an import run. The command
 * line runs as an administrator (docs/contract.md): every merchant, no scope; settle dates within the
 * configured window all the same.
 */
export async function runImport(
  kind: 'merchants' | 'settlements',
  input: Pick<CommandInput, 'args' | 'options' | 'config'>,
  db: ImportDb,
): Promise<number> {
  const file = input.args[1];
  if (!file)
    throw new UsageError(
      `usage: import ${kind} FILE [--skip-invalid] [--encoding utf-8|gb18030] [--sheet NAME]`,
    );
  const { parseEncoding } = await import('../../platform/import/text-encoding.ts');
  let encoding: ReturnType<typeof parseEncoding>;
  try {
    encoding = parseEncoding(input.options.encoding as string | undefined);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const sheet = typeof input.options.sheet === 'string' ? input.options.sheet : undefined;
  // pnpm runs the script in packages/server; a relative path means the caller's directory.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const progress = progressReporter(`import ${kind}`);
  const opts = {
    skipInvalid: Boolean(input.options['skip-invalid']),
    encoding,
    sheet,
    actor: 'cli',
    onError: errorPrinter(file),
    onProgress: progress.onProgress,
  };
  // Each command loads only its own modules: a command starts faster without the rest of the app.
  const { trackedImport } = await import('../../platform/import/import-run.service.ts');
  const importFile: (o: typeof opts) => Promise<ImportSummary> =
    kind === 'merchants'
      ? async (o) => {
          if (!db.orm) throw new Error('import merchants needs the ORM');
          const { importMerchants } = await import('../../merchant/merchant-import.ts');
          return importMerchants(db.orm, path, o);
        }
      : async (o) => {
          const { importSettlements } = await import('../../settlement/settlement-import.ts');
          return importSettlements(db.bulk, path, {
            ...o,
            settleDateWindow: input.config.settleDateWindow,
          });
        };
  let summary: ImportSummary;
  try {
    // Recorded as an import run, like uploads from the web app.
    const run = await trackedImport(db.sql, kind, path, 'cli', (o) => importFile({ ...opts, ...o }), opts);
    summary = await run.summary;
  } finally {
    progress.done();
  }
  process.stdout.write(`${formatSummary(kind, summary)}\n`);
  return summary.rejected > 0 ? 1 : 0;
}

export const COMMANDS: Record<string, Command> = {
  async serve(input) {
    // Loaded on demand: the other commands start faster without the web server and demo generator.
    const { serve } = await import('../server.ts');
    const { isDatabaseEmpty, loadDemo } = await import('../demo/demo.service.ts');
    const { setDemoStatus } = await import('../demo/demo-status.ts');
    const demo =
      input.options['demo-if-empty'] && !input.config.databaseUrl && (await isDatabaseEmpty(input.orm));
    if (demo) setDemoStatus({ state: 'loading', step: 'users', percent: 0 });
    await serve(input.orm, input.config, input.early?.server);
    input.early?.release();
    if (demo) {
      // The first page answers at once; the demo fills in behind it, its progress on the console
      // and in the web app's banner (GET /healthz), its logins printed when it is done.
      process.stdout.write(
        'Empty embedded database: the demo data loads behind the server (5,000 merchants, 6 months; a minute or so), its progress here and in the web app; demo logins (admin, analyst, bm_xian, am_xian_1, …; password cornerstone-demo) work within seconds…\n',
      );
      loadDemo(input.orm, {
        merchants: 5000,
        months: 6,
        log: (l: string) => process.stdout.write(`${l}\n`),
        progress: (percent, step) => setDemoStatus({ percent, step }),
      }).then(
        (r) => {
          setDemoStatus({ state: 'ready', step: null, percent: 100 });
          process.stdout.write(`Demo data loaded.\n${r.loginsText}\n`);
        },
        (err: Error) => {
          setDemoStatus({ state: 'failed', step: null });
          process.stderr.write(`demo: failed: ${err.message}\n`);
        },
      );
    }
    return 'keep-open';
  },
  async migrate() {
    // main() has already migrated by the time a command runs.
    process.stdout.write('migrations: up to date\n');
    return 0;
  },
  async demo(input) {
    const { loadDemo } = await import('../demo/demo.service.ts');
    const merchants = intOption(input.options.merchants, 'merchants', 5000, 2_000_000);
    const months = intOption(input.options.months, 'months', 12, 60);
    const demo = await loadDemo(input.orm, {
      merchants,
      months,
      log: (l: string) => process.stdout.write(`${l}\n`),
    });
    process.stdout.write(`${demo.loginsText}\n`);
    return 0;
  },
  async import(input) {
    const kind = input.args[0];
    if (kind !== 'merchants' && kind !== 'settlements')
      throw new UsageError(
        'usage: import merchants|settlements FILE [--encoding utf-8|gb18030] [--sheet NAME]',
      );
    const { primarySql } = await import('../../platform/db/replicas.ts');
    return runImport(kind, input, {
      sql: primarySql(input.orm.em.fork() as never),
      bulk: input.orm,
      orm: input.orm,
    });
  },
  async tiers(input) {
    const [sub, period] = input.args;
    if (sub !== 'compute' || !period)
      throw new UsageError('usage: tiers compute PERIOD (e.g. 2026-10, 2026-Q3, 2026)');
    const { computeTierSnapshot } = await import('../../tier/tier-snapshot.service.ts');
    const { followTierSnapshots } = await import('../../task/snapshot-follow-up.service.ts');
    // The tiers first, then the cadence and tasks they move, each reported as it is done (a first
    // snapshot of a million merchants writes two million tasks after its tiers).
    const run = await computeTierSnapshot(input.orm, period, 'cli', { follow: 'later' });
    process.stdout.write(`tiers ${run.period}: ${run.merchantCount} merchants ranked, snapshot stored\n`);
    for (const t of run.tiers)
      process.stdout.write(
        `  ${t.tier.padEnd(9)} ${String(t.merchantCount).padStart(8)} merchants  profit ${t.profit}\n`,
      );
    process.stdout.write('maintenance cadence and open tasks: following the new tiers…\n');
    const t0 = performance.now();
    const followed = await followTierSnapshots(input.orm.em.fork() as never);
    process.stdout.write(
      followed.length
        ? `maintenance cadence and open tasks: in line (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`
        : 'maintenance cadence and open tasks: being followed by another process (a server round)\n',
    );
    return 0;
  },
  async pyramid(input) {
    const [period] = input.args;
    if (!period) throw new UsageError('usage: pyramid PERIOD [--branch B]');
    const { computePyramidSql } = await import('../../tier/pyramid.service.ts');
    const { filterWhere } = await import('../../merchant/merchant.service.ts');
    const { parsePeriodArg } = await import('../../platform/time/business-time.ts');
    const branch = typeof input.options.branch === 'string' ? input.options.branch : null;
    const p = await computePyramidSql(
      input.orm.em.fork() as never,
      parsePeriodArg(period),
      filterWhere({ branch }),
    );
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const { tierLabel } = await import('./tier-label.ts');
    const out = [
      `pyramid ${p.period}${branch ? ` · ${branch}` : ''}: ${p.merchantCount} merchants, profit ¥${p.totalProfit}`,
      '| tier | merchants | share | profit (¥) | profit share |',
      '|---|---:|---:|---:|---:|',
      ...p.tiers.map(
        (t) =>
          `| ${tierLabel(t)} | ${t.merchantCount} | ${pct(t.countShare)} | ${t.profit} | ${pct(t.profitShare)} |`,
      ),
      `top 20% of merchants hold ${pct(p.top20Share)} of profit · Gini ${p.gini.toFixed(2)}`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
  async points(input) {
    const asOf =
      typeof input.options['as-of'] === 'string'
        ? input.options['as-of']
        : new Date().toISOString().slice(0, 10);
    if (input.args[0] !== 'expire' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      throw new UsageError('usage: points expire [--as-of YYYY-MM-DD]');
    const { expirePoints, EXPIRY_MONTHS } = await import('../../loyalty/loyalty.service.ts');
    const r = await expirePoints(input.orm.em.fork() as never, asOf, 'cli');
    process.stdout.write(
      `points expire as of ${asOf}: ${r.points} points of ${r.merchants} merchants lapsed (earned more than ${EXPIRY_MONTHS} months before)\n`,
    );
    return 0;
  },
  async tasks(input) {
    const { tasksCommand } = await import('./tasks-command.ts');
    return tasksCommand(input);
  },
  async clv(input) {
    const { clvCommand } = await import('./clv-command.ts');
    return clvCommand(input);
  },
  async sla(input) {
    if (input.args[0] !== 'escalate') throw new UsageError('usage: sla escalate');
    const { escalateBreached } = await import('../../service-desk/complaints.service.ts');
    const r = await escalateBreached(input.orm.em.fork() as never);
    process.stdout.write(
      `sla escalate: ${r.escalated} complaint(s) escalated${r.ids.length ? ` (${r.ids.join(', ')})` : ''}\n`,
    );
    return 0;
  },
  async keys(input) {
    const { keysCommand } = await import('./keys-command.ts');
    return keysCommand(input);
  },
  async user(input) {
    if (input.args[0] !== 'add')
      throw new UsageError('usage: user add --login L --role ROLE [--branch B] [--password-stdin]');
    const login = input.options.login;
    const role = input.options.role;
    if (typeof login !== 'string' || typeof role !== 'string')
      throw new UsageError('user add needs --login and --role');
    const password = await readPassword(Boolean(input.options['password-stdin']));
    const { addUser } = await import('../../identity/users.service.ts');
    const em = input.orm.em.fork();
    const user = await addUser(em as never, {
      login,
      role,
      branch: typeof input.options.branch === 'string' ? input.options.branch : undefined,
      displayName: typeof input.options.name === 'string' ? input.options.name : undefined,
      password,
    });
    process.stdout.write(
      `user ${user.login} (${user.role}${user.branch ? `, ${user.branch.name}` : ''}) added\n`,
    );
    return 0;
  },
};

export { UsageError };
