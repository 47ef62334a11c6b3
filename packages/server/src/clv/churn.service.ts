import {
  type ChurnScore,
  chooseChurnModel,
  type LogisticModel,
  scoreChurn,
} from '@cornerstone/shared/churn/index';
import { addDays, monthEnd, monthIndex } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { businessToday } from '../platform/time/business-time.ts';
import { churnInputsAsOf, type MerchantChurnInputs } from './churn-inputs.ts';
import { churnLabels, DEFAULT_ACTIVE_MONTHS } from './churn-labels.ts';
import { monthlyActivity } from './monthly-activity.ts';

// The churn score (docs/clv.md): each merchant's probability of leaving within the next months, from
// its own history and the signals the system holds, with its top reasons in words. The weights are
// fitted on the window just before the as-of day (features then, leavers since), so the score is
// always one the data has measured; with too few leavers to fit, the rule-set weights stand in
// (shared chooseChurnModel) and the run says so.

/** The months a score looks ahead, and the window its weights are fitted on. */
export const CHURN_HORIZON_MONTHS = 2;
/** Key merchants scoring at least this get a retention task (ours). */
export const RETENTION_MIN_SCORE = 0.3;
/** Days a retention task gives the account manager. */
export const RETENTION_DUE_DAYS = 7;

export interface TrainedChurnModel {
  model: LogisticModel;
  fitted: boolean;
  /** The day the training features were taken on. */
  trainedAsOf: string;
  merchants: number;
  leavers: number;
}

/**
 * The churn model for scoring as of month `lastMonth`: fitted on the features of `horizon` months
 * before and whether each merchant then active left since.
 */
export async function trainChurnModel(
  em: EntityManager,
  lastDay: string,
  horizon = CHURN_HORIZON_MONTHS,
  activeMonths = DEFAULT_ACTIVE_MONTHS,
): Promise<TrainedChurnModel> {
  const last = monthIndex(lastDay);
  const trainMonth = last - horizon;
  const trainedAsOf = monthEnd(trainMonth);
  const activity = await monthlyActivity(em, lastDay, horizon + activeMonths);
  const labels = churnLabels(activity, trainMonth, horizon, activeMonths);
  const inputs = (await churnInputsAsOf(em, trainedAsOf)).filter((i) => labels.has(i.merchantId));
  const y = inputs.map((i) => labels.get(i.merchantId)!.left);
  const { model, fitted } = chooseChurnModel(inputs, y);
  return { model, fitted, trainedAsOf, merchants: inputs.length, leavers: y.filter((v) => v === 1).length };
}

export interface ChurnRunResult {
  id: number;
  asOf: string;
  merchants: number;
  fitted: boolean;
  trainedAsOf: string;
  leavers: number;
  retention: { created: number; cancelled: number };
}

/**
 * Scores every merchant as of `asOf` and stores the scores with their reasons (replacing the last
 * run's); then key merchants at risk get a retention task and those no longer at risk lose theirs.
 */
export async function computeChurn(
  em: EntityManager,
  asOf: string,
  actor = 'system',
): Promise<ChurnRunResult> {
  const trained = await trainChurnModel(em, asOf);
  const inputs = await churnInputsAsOf(em, asOf);
  const scored = inputs.map((i) => ({ inputs: i, ...scoreChurn(trained.model, i) }));
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [run] = await t.execute<{ id: number }[]>(
      `insert into churn_run (as_of, model, merchants, fitted, computed_by) values (?, ?::jsonb, ?, ?, ?) returning id`,
      [
        asOf,
        JSON.stringify({
          ...trained.model,
          trainedAsOf: trained.trainedAsOf,
          trainedOn: trained.merchants,
          leavers: trained.leavers,
        }),
        scored.length,
        trained.fitted,
        actor,
      ],
    );
    await t.execute('delete from merchant_churn', [], 'run');
    for (let i = 0; i < scored.length; i += 5000)
      await t.execute(
        `insert into merchant_churn (merchant_id, run_id, score, reasons, inputs)
         select merchant_id, ?, score, reasons, inputs
         from jsonb_to_recordset(?::jsonb) as r(merchant_id int, score float8, reasons jsonb, inputs jsonb)`,
        [run!.id, JSON.stringify(scored.slice(i, i + 5000).map(toRow))],
        'run',
      );
    const retention = await refreshRetentionTasks(t);
    return {
      id: run!.id,
      asOf,
      merchants: scored.length,
      fitted: trained.fitted,
      trainedAsOf: trained.trainedAsOf,
      leavers: trained.leavers,
      retention,
    };
  });
}

function toRow(s: ChurnScore & { inputs: MerchantChurnInputs }) {
  const { merchantId, ...inputs } = s.inputs;
  return { merchant_id: merchantId, score: s.score, reasons: s.reasons, inputs };
}

/**
 * Retention tasks from the stored scores: a merchant scoring at least RETENTION_MIN_SCORE whose
 * cadence tier the policy gives visits or calls gets one task on the most personal of those channels
 * (a visit before a call), due in RETENTION_DUE_DAYS, its reasons as the message; one open task per
 * merchant. An open task whose merchant no longer qualifies is cancelled. A reached contact closes it
 * (interactions.service.ts).
 */
export async function refreshRetentionTasks(
  em: EntityManager,
): Promise<{ created: number; cancelled: number }> {
  const due = addDays(businessToday(), RETENTION_DUE_DAYS);
  const wanted = `select mc.merchant_id, mc.cadence_tier,
         (select r.channel from cadence_rule r where r.tier = mc.cadence_tier and r.channel in ('visit', 'call')
          order by r.channel = 'visit' desc limit 1) as channel,
         (select string_agg(x->>'zh', '；') from jsonb_array_elements(c.reasons) x) as message
       from merchant_churn c join merchant_cadence mc on mc.merchant_id = c.merchant_id
       join merchant m on m.id = c.merchant_id
       where c.score >= ? and m.status <> 'terminated'`;
  const cancelled = await em.execute(
    `update maintenance_task t set status = 'cancelled', closed_at = now(), dedupe_key = null,
       close_reason = 'no longer at risk of leaving'
     where t.kind = 'retention' and t.status = 'open'
       and not exists (select 1 from (${wanted}) w where w.merchant_id = t.merchant_id and w.channel is not null)`,
    [RETENTION_MIN_SCORE],
    'run',
  );
  const [created] = await em.execute<{ n: number }[]>(
    `with ins as (
       insert into maintenance_task (merchant_id, kind, channel, due_on, dedupe_key, tier, message)
       select w.merchant_id, 'retention', w.channel, ?::date, 'retention:' || w.merchant_id, w.cadence_tier, w.message
       from (${wanted}) w where w.channel is not null
       on conflict (dedupe_key) do nothing returning 1)
     select count(*)::int as n from ins`,
    [due, RETENTION_MIN_SCORE],
  );
  return {
    created: created?.n ?? 0,
    cancelled: (cancelled as unknown as { affectedRows: number }).affectedRows,
  };
}
