import type { Orm } from '../orm.ts';
import { intOption } from './options.ts';

// `clv compute [--model bgbb|bgnbd] [--as-of DATE]` and `clv backtest [--as-of DATE]
// [--holdout-months N] [--active-months K]` (docs/clv.md). The input has the shape of commands.ts's
// CommandInput, spelt out here: importing it would make an import cycle.
interface ClvInput {
  orm: Orm;
  args: string[];
  options: Record<string, string | boolean | undefined>;
}

const USAGE =
  'usage: clv compute [--model bgbb|bgnbd] [--as-of YYYY-MM-DD] | clv backtest [--as-of YYYY-MM-DD] [--holdout-months N] [--active-months K]';

const f4 = (n: number) => n.toPrecision(4);
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const pad = (s: string | number, w: number) => String(s).padStart(w);

export async function clvCommand(input: ClvInput): Promise<number> {
  const asOf = typeof input.options['as-of'] === 'string' ? input.options['as-of'] : undefined;
  const em = input.orm.em.fork() as never;
  const { lastDayOfLastWholeMonth } = await import('../../clv/monthly-activity.ts');
  const { businessToday } = await import('../../platform/time/business-time.ts');
  if (input.args[0] === 'compute' && input.args.length === 1) {
    const model = input.options.model ?? 'bgbb';
    if (model !== 'bgbb' && model !== 'bgnbd') throw new Error(`--model must be bgbb or bgnbd; ${USAGE}`);
    const { computeValueAndRisk } = await import('../../clv/clv.service.ts');
    const { clv: r, churn: c } = await computeValueAndRisk(em, asOf, 'cli', model);
    const p = r.params as Record<string, Record<string, number>>;
    const gg = p.gammaGamma!;
    const fitted =
      model === 'bgbb'
        ? `BG/BB alpha=${f4(p.bgBb!.alpha!)} beta=${f4(p.bgBb!.beta!)} gamma=${f4(p.bgBb!.gamma!)} delta=${f4(p.bgBb!.delta!)}`
        : `BG/NBD r=${f4(p.bgNbd!.r!)} alpha=${f4(p.bgNbd!.alpha!)} a=${f4(p.bgNbd!.a!)} b=${f4(p.bgNbd!.b!)}`;
    process.stdout.write(
      `clv compute (${model}) as of ${r.asOf}: ${r.merchants} merchants scored, model fitted on ${r.fittedOn}; ` +
        `${r.approximated} (${pct(r.approximated / Math.max(1, r.merchants))}) fell back to an approximation\n` +
        `  ${fitted}; Gamma-Gamma p=${f4(gg.p!)} q=${f4(gg.q!)} v=${f4(gg.v!)}\n`,
    );
    process.stdout.write(
      `churn score as of ${c.asOf}: ${c.merchants} merchants; weights ${c.fitted ? 'fitted' : 'set by rule (too few leavers to fit)'} ` +
        `on ${c.trainedAsOf} (${c.leavers} leavers since); retention tasks ${c.retention.created} created, ${c.retention.cancelled} cancelled\n`,
    );
    return 0;
  }
  if (input.args[0] === 'backtest' && input.args.length === 1) {
    const holdout = intOption(input.options['holdout-months'], 'holdout-months', 2, 12);
    const active = intOption(input.options['active-months'], 'active-months', 3, 12);
    const { runBacktest } = await import('../../clv/backtest.service.ts');
    const r = await runBacktest(em, asOf ?? lastDayOfLastWholeMonth(businessToday()), holdout, 'cli', active);
    const lines = [
      `clv backtest as of ${r.asOf}: calibration to ${r.calibrationEnd}, holdout ${r.holdoutMonths} month(s)`,
      `  ${r.merchants} merchants active in the last ${r.activeMonths} calibration month(s); ${r.leavers} (${pct(r.leavers / r.merchants)}) had no active month in the holdout`,
      `  active months in the holdout: actual ${r.actual}, predicted ${r.predicted.toFixed(1)} (${pct(r.predicted / Math.max(1, r.actual) - 1)})`,
      '  decile  merchants  predicted  actual  mean predicted  mean actual',
      ...r.deciles.map(
        (d) =>
          `  ${pad(d.decile, 6)}  ${pad(d.count, 9)}  ${pad(d.sumPredicted.toFixed(1), 9)}  ${pad(d.sumActual, 6)}  ${pad(d.meanPredicted.toFixed(3), 14)}  ${pad(d.meanActual.toFixed(3), 11)}`,
      ),
      `  churn signals (the score's weights ${r.score.fitted ? `fitted on ${r.score.trainedAsOf}, ${r.score.trainedOn} merchants, ${r.score.leavers} leavers` : 'set by rule: too few leavers to fit'}):`,
      '  signal   AUC    precision top 5%  precision top 10%',
      ...r.signals.map(
        (s) =>
          `  ${s.key.padEnd(7)}  ${s.auc.toFixed(3)}  ${pad(pct(s.precisionTop5), 16)}  ${pad(pct(s.precisionTop10), 17)}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  throw new Error(USAGE);
}
