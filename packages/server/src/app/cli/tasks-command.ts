import type { Orm } from '../orm.ts';

// `tasks refresh` and `tasks backlog [--branch B]` (README, docs/work-queue.md). The input has the
// shape of commands.ts's CommandInput, spelt out here: importing it would make an import cycle.
interface TasksInput {
  orm: Orm;
  args: string[];
  options: Record<string, string | boolean | undefined>;
}

const USAGE = 'usage: tasks refresh | tasks backlog [--branch NAME]';
const pad = (s: string | number, w: number) => String(s).padStart(w);

export async function tasksCommand(input: TasksInput): Promise<number> {
  const em = input.orm.em.fork() as never;
  if (input.args[0] === 'refresh' && input.args.length === 1) {
    const { refreshCadenceTiers, refreshTasks } = await import('../../task/tasks.service.ts');
    const tiers = await refreshCadenceTiers(em);
    const r = await refreshTasks(em, null);
    process.stdout.write(
      `tasks refresh: cadence from tier snapshot ${tiers.period ?? '(none yet: run tiers compute)'} for ${tiers.merchants} merchants; ` +
        `${r.created} created, ${r.moved} moved, ${r.done} done, ${r.cancelled} cancelled\n`,
    );
    return 0;
  }
  if (input.args[0] === 'backlog' && input.args.length === 1) {
    const branch = typeof input.options.branch === 'string' ? input.options.branch : null;
    const { plansOf, teamBacklog } = await import('../../task/work-plan.service.ts');
    const { businessToday } = await import('../../platform/time/business-time.ts');
    // The shell is the administrator: every branch in scope.
    const admin = { id: 0, login: 'cli', role: 'admin', branch: null } as never;
    const today = businessToday();
    const rows = await teamBacklog(em, admin, branch, today);
    const plans = await plansOf(em, admin, rows, branch, today);
    const out = [
      `tasks backlog on ${today}${branch ? ` (${branch})` : ''}: ${rows.length} account managers`,
      `  ${'manager'.padEnd(16)}${pad('open', 7)}${pad('overdue', 9)}${pad('key/sec', 9)}${pad('due≤3d', 8)}${pad('plan', 6)}${pad('capacity', 10)}${pad('days', 6)}`,
    ];
    let open = 0;
    let overdue = 0;
    let planned = 0;
    for (const r of rows) {
      const size = plans.get(r.manager.id)?.length ?? 0;
      const c = r.capacity;
      out.push(
        `  ${r.manager.login.padEnd(16)}${pad(r.open, 7)}${pad(r.overdue, 9)}${pad(r.overdueImportant, 9)}${pad(r.dueSoon, 8)}${pad(size, 6)}${pad(`${c.visits}/${c.calls}/${c.others}`, 10)}${pad(r.daysToClear ?? '–', 6)}`,
      );
      open += r.open;
      overdue += r.overdue;
      planned += size;
    }
    const n = Math.max(1, rows.length);
    out.push(
      `  per manager: ${(open / n).toFixed(1)} open, ${(overdue / n).toFixed(1)} overdue, ${(planned / n).toFixed(1)} in today's plan`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  }
  throw new Error(USAGE);
}
