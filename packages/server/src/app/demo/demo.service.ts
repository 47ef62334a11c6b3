import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { addMonths } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runBacktest } from '../../clv/backtest.service.ts';
import { computeValueAndRisk } from '../../clv/clv.service.ts';
import { lastDayOfLastWholeMonth } from '../../clv/monthly-activity.ts';
import { AppUser } from '../../identity/user.entity.ts';
import { addUser, ensureBranch } from '../../identity/users.service.ts';
import { importMerchants } from '../../merchant/merchant-import.ts';
import { escalateBreached } from '../../service-desk/complaints.service.ts';
import { importSettlements } from '../../settlement/settlement-import.ts';
import { computeTierSnapshot } from '../../tier/tier-snapshot.service.ts';
import type { Orm } from '../orm.ts';
import { DEMO_BRANCHES, DEMO_PASSWORD, demoUsers } from './demo-branches.ts';
import { writeDemoCsv } from './demo-data.ts';
import { seedDemoMaintenance } from './demo-maintenance.ts';
import { demoDeskSigns } from './demo-merchants.ts';
import { seedDemoProducts } from './demo-products.ts';
import { seedDemoServiceDesk } from './demo-service-desk.ts';

/** True when the database holds no users and no merchants: only then does `start` load the demo. */
export async function isDatabaseEmpty(orm: Orm): Promise<boolean> {
  const [row] = await (orm.em.fork() as EntityManager).execute<{ n: number }[]>(
    'select (select count(*) from app_user) + (select count(*) from merchant) as n',
  );
  return Number(row?.n ?? 0) === 0;
}

/**
 * Loads the generated demo through the same paths as real data: users, then merchants.csv and
 * settlements.csv through the importers, then the tier snapshots of the last months.
 */
export async function loadDemo(
  orm: Orm,
  opts: {
    merchants: number;
    months: number;
    log?: (line: string) => void;
    today?: string;
    /** Called as the load goes: an estimate of the share done (0–100) and what it is doing. */
    progress?: (percent: number, step: string) => void;
  },
): Promise<{ loginsText: string }> {
  const log = opts.log ?? (() => undefined);
  const progress = opts.progress ?? (() => undefined);
  // The embedded database answers in this thread without real I/O, so a chain of its queries runs
  // as one long string of microtasks and the server behind which the demo loads (`serve
  // --demo-if-empty`) takes no request until it ends: /healthz stalled for 16 s. Each step, and
  // each part of the longer ones, gives waiting requests a turn of the event loop.
  const step = async (percent: number, name: string) => {
    progress(percent, name);
    await nextTurn();
  };
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const em = orm.em.fork() as EntityManager;
  for (const b of DEMO_BRANCHES) await ensureBranch(em, b.name, b.region);
  const users = demoUsers();
  const existing = new Set((await em.find(AppUser, {})).map((u) => u.login));
  for (const u of users) {
    if (existing.has(u.login)) continue;
    await addUser(em, {
      login: u.login,
      role: u.role,
      branch: u.branch ?? undefined,
      displayName: u.displayName,
      password: DEMO_PASSWORD,
    });
  }
  log(`demo: ${users.length} users`);
  await step(2, 'users');
  const dir = mkdtempSync(join(tmpdir(), 'cornerstone-demo-'));
  try {
    const files = await writeDemoCsv(dir, { merchants: opts.merchants, months: opts.months, today });
    log(`demo: generated ${files.merchantCount} merchants and ${files.settlementRows} settlement rows`);
    await step(10, 'merchants');
    const m = await importMerchants(orm, files.merchantsFile, { actor: 'demo' });
    log(`demo: merchants ${m.inserted} inserted, ${m.updated} updated, ${m.skipped} unchanged`);
    await step(15, 'settlements');
    let lastPct = -10;
    const s = await importSettlements(orm, files.settlementsFile, {
      onProgress: (p) => {
        const pct = Math.floor((100 * p.bytesRead) / Math.max(1, p.bytesTotal));
        progress(15 + Math.floor(pct * 0.6), 'settlements');
        if (pct >= lastPct + 10) {
          lastPct = pct - (pct % 10);
          log(`demo: settlements ${pct}% (${p.rowsRead.toLocaleString('en-US')} rows)`);
        }
      },
    });
    log(`demo: settlements ${s.inserted} inserted, ${s.skipped} already there`);
    await step(75, 'tiers');
    // Snapshots of the last full months, so tier history and migration have something to show.
    const months: string[] = [];
    for (let i = Math.min(opts.months, 3); i >= 1; i--) months.push(addMonths(today, -i));
    for (const p of months) {
      await computeTierSnapshot(orm, p, 'demo');
      await nextTurn();
    }
    log(`demo: tier snapshots ${months.join(', ')}`);
    await step(82, 'maintenance');
    const contacts = await seedDemoMaintenance(orm.em.fork() as EntityManager, today);
    log(`demo: ${contacts} interactions of account managers with their merchants`);
    await step(86, 'service desk');
    const desk = await seedDemoServiceDesk(
      orm.em.fork() as EntityManager,
      demoDeskSigns({ merchants: opts.merchants, today }),
    );
    await nextTurn();
    const escalated = await escalateBreached(orm.em.fork() as EntityManager);
    log(
      `demo: POS terminals, ${desk.complaints} complaints (${escalated.escalated} escalated past their SLA), ${desk.faults} fault tickets`,
    );
    await step(90, 'value');
    const held = await seedDemoProducts(orm.em.fork() as EntityManager, today);
    await nextTurn();
    // Lifetime value (BG/BB, as of the last whole month), churn scores with their retention tasks,
    // and a back-test of the last two months, so the at-risk list and its check have data at once.
    const { clv, churn } = await computeValueAndRisk(
      orm.em.fork() as EntityManager,
      lastDayOfLastWholeMonth(today),
      'demo',
    );
    log(
      `demo: ${held} products held; lifetime value of ${clv.merchants} merchants (${clv.approximated} approximated); ` +
        `churn scores of ${churn.merchants} (${churn.retention.created} retention tasks)`,
    );
    await nextTurn();
    const backtest = await runBacktest(
      orm.em.fork() as EntityManager,
      clv.asOf,
      Math.min(2, opts.months - 2),
      'demo',
    ).catch((err: Error) => err);
    log(
      backtest instanceof Error
        ? `demo: no back-test (${backtest.message})`
        : `demo: back-test of ${backtest.merchants} merchants, ${backtest.leavers} leavers in ${backtest.holdoutMonths} month(s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const byRole = (role: string) => users.filter((u) => u.role === role).map((u) => u.login);
  const loginsText = [
    `Demo logins (password for every demo user: ${DEMO_PASSWORD}):`,
    `  administrator:    ${byRole('admin').join(', ')}`,
    `  analyst:          ${byRole('analyst').join(', ')}`,
    `  branch managers:  ${byRole('branch_manager').slice(0, 4).join(', ')} …`,
    `  account managers: ${byRole('account_manager').slice(0, 4).join(', ')} …`,
    `  operations:       ${byRole('operations').slice(0, 2).join(', ')} …`,
  ].join('\n');
  return { loginsText };
}
