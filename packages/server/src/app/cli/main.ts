#!/usr/bin/env node
// The command-line tool (docs/contract.md): `pnpm cornerstone <command>` from the repository root.
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../platform/config.ts';
import { setDemoStatus } from '../demo/demo-status.ts';
import { wireWorkflows } from '../workflows/index.ts';
import { COMMANDS, type Command, runImport } from './commands.ts';
import { listenEarly } from './early-listener.ts';
import { createEmbeddedDataDir } from './embedded-create.ts';

const USAGE = `usage: pnpm cornerstone <command>
  serve [--demo-if-empty]            start the server (SPA, /graphql, /graphiql)
  migrate                            run pending database migrations
  demo [--merchants N] [--months M]  load generated demo data
  import merchants FILE [--skip-invalid] [--encoding utf-8|gb18030] [--sheet NAME]
  import settlements FILE [--skip-invalid] [--encoding utf-8|gb18030] [--sheet NAME]
                                     FILE: .csv (UTF-8 or GB18030/GBK, found by itself) or .xlsx
                                     (the first sheet, or --sheet); docs/csv-formats.md
  tiers compute PERIOD               compute and store the tier snapshot of a period
  pyramid PERIOD [--branch B]        print the customer pyramid of a period as a table
  points expire [--as-of DATE]       let points older than 24 months lapse (safe to run twice)
  tasks refresh                      recompute maintenance tasks from the latest tier snapshot and the cadence policy
  tasks backlog [--branch B]         each account manager's open and overdue tasks, today's plan and capacity
  clv compute [--model bgbb|bgnbd] [--as-of DATE]
                                     fit the lifetime-value model, score every merchant's value and
                                     churn risk, and give at-risk key merchants a retention task (docs/clv.md)
  clv backtest [--as-of DATE] [--holdout-months N] [--active-months K]
                                     fit on the history up to DATE − N months, forecast the N months,
                                     and compare with what happened (docs/clv.md)
  sla escalate                       escalate complaints past their SLA (the server also does it every 5 minutes)
  keys rotate [--new-key-file FILE]  re-encrypt all personal data under a new data key (docs/security.md)
  user add --login L --role ROLE [--branch B] [--name NAME] [--password-stdin]
           ROLE: admin, branch_manager, account_manager, operations, analyst`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'demo-if-empty': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      merchants: { type: 'string' },
      months: { type: 'string' },
      login: { type: 'string' },
      role: { type: 'string' },
      branch: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'as-of': { type: 'string' },
      model: { type: 'string' },
      'holdout-months': { type: 'string' },
      'active-months': { type: 'string' },
      'new-key-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [name, ...rest] = positionals;
  const command: Command | undefined = name ? COMMANDS[name] : undefined;
  if (values.help || !command) {
    (command || values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  // Every command runs with the app's reactions, the bare-pool import below too (it opens no ORM).
  wireWorkflows();
  if (name === 'serve' && config.workers > 1 && cluster.isPrimary) {
    // Several server processes (app/cluster.ts): migrated once here, then each worker runs this
    // same command with its own pool; this process only looks after them.
    const { migrate, openOrm } = await import('../orm.ts');
    const orm = await openOrm(config);
    try {
      await migrate(orm);
    } finally {
      await orm.close();
    }
    const { runWorkers } = await import('../cluster.ts');
    return runWorkers(config.workers);
  }
  if (name === 'import' && rest[0] === 'settlements' && config.databaseUrl) {
    // A settlements file on a PostgreSQL server needs no ORM: a bare pg pool starts ~0.4 s sooner
    // (scheduled daily imports). A database with migrations pending takes the usual way below.
    const { openPgPool } = await import('../../platform/db/pg-connection.ts');
    const { allMigrationsApplied } = await import('../../platform/db/migrations/index.ts');
    const { pool, sql } = await openPgPool(config.databaseUrl, config.pool);
    try {
      if (await allMigrationsApplied(sql))
        return await runImport('settlements', { args: rest, options: values, config }, { sql, bulk: pool });
    } finally {
      await pool.end();
    }
  }
  // `serve` on a new embedded database (the first `pnpm start`): its files are created on a worker
  // thread while this one loads the server's code (embedded-create.ts).
  const creating = name === 'serve' && !config.databaseUrl ? createEmbeddedDataDir(config.dataDir) : null;
  // The first start also answers on its port at once: the web app, and /healthz saying that the
  // demo is on its way; the rest waits for the server (early-listener.ts).
  let early: Awaited<ReturnType<typeof listenEarly>> | undefined;
  if (creating && values['demo-if-empty']) {
    setDemoStatus({ state: 'loading', step: 'database', percent: 0 });
    early = await listenEarly(config.port);
  }
  const [{ migrate, openOrm }] = await Promise.all([
    import('../orm.ts'),
    ...(creating ? [creating, import('../server.ts'), import('../demo/demo.service.ts')] : []),
  ]);
  const orm = await openOrm(config);
  let keepOpen = false;
  try {
    await migrate(orm);
    const result = await command({ orm, config, args: rest, options: values, early });
    keepOpen = result === 'keep-open';
    return typeof result === 'number' ? result : 0;
  } finally {
    if (!keepOpen) await orm.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
    // For the benchmarks: the peak resident memory of this process.
    if (process.env.CORNERSTONE_REPORT_RSS)
      process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
  },
  (err: unknown) => {
    const e = err as { code?: string; message?: string };
    process.stderr.write(`cornerstone: ${e.message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
