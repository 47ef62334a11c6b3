import {
  type CadenceRule,
  COUNTING_OUTCOMES,
  cadenceProblems,
  type InteractionKind,
} from '@cornerstone/shared/maintenance/maintenance';
import { parsePeriod } from '@cornerstone/shared/period/period';
import type { TierCode } from '@cornerstone/shared/tier/tier-scheme';
import { type EntityManager, TransactionPropagation } from '@mikro-orm/postgresql';
import { intArray, textArray } from '../platform/db/values.ts';
import { invalidInput } from '../platform/graphql/errors.ts';
import { localDateSql } from '../platform/time/business-time.ts';
import { phaseTimer } from '../platform/time/phase-timer.ts';
import { upgradeFromSnapshotSql, upgradeSql } from '../tier/tier-lists.service.ts';

const counting = COUNTING_OUTCOMES.map((o) => `'${o}'`).join(', ');

export async function loadPolicy(em: EntityManager): Promise<CadenceRule[]> {
  const rows = await em.execute<
    { tier: TierCode; channel: string; every_days: number; satisfied_by: string[] }[]
  >(
    `select c.tier, c.channel, c.every_days, c.satisfied_by from cadence_rule c
     join tier_level t on t.tier = c.tier order by t.position, array_position(array['visit','call','message'], c.channel)`,
  );
  return rows.map((r) => ({
    tier: r.tier,
    channel: r.channel as CadenceRule['channel'],
    everyDays: Number(r.every_days),
    satisfiedBy: r.satisfied_by as InteractionKind[],
  }));
}

/** The cadence a merchant follows from the latest snapshot; null before any snapshot. */
export async function merchantCadence(em: EntityManager, merchantId: number) {
  const [row] = await em.execute<
    { period: string; tier: TierCode; potential: boolean; cadenceTier: TierCode }[]
  >(
    'select period, tier, potential, cadence_tier as "cadenceTier" from merchant_cadence where merchant_id = ?',
    [merchantId],
  );
  return row ?? null;
}

/**
 * Replaces the whole cadence policy, keeps the change, and recomputes every open task from it in
 * the same transaction: due dates move, tasks of dropped rules are cancelled (kept, with the
 * reason), new rules get their tasks — never a second open task for one merchant and channel.
 */
export async function setPolicy(em: EntityManager, rules: CadenceRule[], actor: string) {
  const problems = cadenceProblems(rules);
  if (problems.length)
    throw invalidInput(
      problems.map((p) => {
        const i = p.indexOf(': ');
        return { field: p.slice(0, i), message: p.slice(i + 2) };
      }),
    );
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    await t.execute('delete from cadence_rule', [], 'run');
    for (const r of rules)
      await t.execute(
        'insert into cadence_rule (tier, channel, every_days, satisfied_by, updated_by) values (?, ?, ?, ?::text[], ?)',
        [r.tier, r.channel, r.everyDays, textArray(r.satisfiedBy), actor],
        'run',
      );
    await t.execute(
      'insert into cadence_policy_change (changed_by, rules) values (?, ?::jsonb)',
      [actor, JSON.stringify(rules)],
      'run',
    );
    return refreshTasks(t, null);
  });
}

/** Above this many merchants whose cadence tier moved, their tasks are refreshed all at once. */
const MAX_LISTED_MOVES = 20_000;

/**
 * The tier each merchant's cadence follows: its tier in the latest official snapshot, one tier up
 * when it has upgrade potential in that period (docs/domain.md §4). Run after a snapshot is computed.
 * `fromSnapshot`: judge the potential on the snapshot's own tiers and profits — the ranking they were
 * stored from, without ranking every merchant again — as the reaction to a snapshot just stored does.
 * `tasksFor`: the merchants whose cadence tier moved (or who left the snapshot), the only ones whose
 * cadence tasks the change can move; null when more than MAX_LISTED_MOVES did (refresh them all).
 */
export async function refreshCadenceTiers(
  em: EntityManager,
  opts: { fromSnapshot?: boolean } = {},
): Promise<{ period: string | null; merchants: number; tasksFor: number[] | null }> {
  const [run] = await em.execute<{ period: string }[]>(
    'select period from tier_snapshot_run order by period_end desc, computed_at desc limit 1',
  );
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    // One at a time across every server process: two at once would both insert every merchant.
    await lockWholeRefresh(t);
    if (!run) {
      await t.execute('delete from merchant_cadence', [], 'run');
      return { period: null, merchants: 0, tasksFor: null };
    }
    await t.execute(`set local work_mem = '256MB'`, [], 'run');
    const phase = phaseTimer('cadence');
    const period = parsePeriod(run.period);
    const pot = opts.fromSnapshot
      ? upgradeFromSnapshotSql(period)
      : await upgradeSql(t, period, { sql: [], params: [] });
    // Only what changed is written: most merchants keep their cadence from one snapshot to the next.
    // The unchanged are told apart by one hash join against the stored rows (which every part of the
    // statement reads as they were before it), not by a conflict probe of the key index per merchant
    // (a million probes to write nothing).
    const res = await t.execute<{ n: number; written: number; ids: number[] | null }[]>(
      `with pot as (select id from (${pot.sql}) p),
       want as (
         select s.merchant_id, s.period, s.tier, pot.id is not null as potential,
                case when pot.id is not null then coalesce(up.tier, s.tier) else s.tier end as cadence_tier
         from tier_snapshot s
         join tier_level tl on tl.tier = s.tier
         left join tier_level up on up.position = tl.position - 1
         left join pot on pot.id = s.merchant_id
         where s.period = ?),
       cmp as (
         select w.*, k.merchant_id is not null as had,
                (k.period, k.tier, k.potential, k.cadence_tier)
                  is not distinct from (w.period, w.tier, w.potential, w.cadence_tier) as same,
                k.cadence_tier is not distinct from w.cadence_tier as same_cadence
         from want w left join merchant_cadence k on k.merchant_id = w.merchant_id),
       gone as (
         delete from merchant_cadence c
         where not exists (select 1 from tier_snapshot s where s.period = ? and s.merchant_id = c.merchant_id)
         returning c.merchant_id),
       upd as (
         update merchant_cadence c set period = w.period, tier = w.tier, potential = w.potential,
           cadence_tier = w.cadence_tier
         from cmp w where w.had and not w.same and c.merchant_id = w.merchant_id
         returning 1),
       -- A plain insert, not an upsert (a speculative insertion per row): this refresh is the only
       -- writer of the table and runs one at a time, so a merchant without a row has none meanwhile.
       ins as (
         insert into merchant_cadence (merchant_id, period, tier, potential, cadence_tier)
         select merchant_id, period, tier, potential, cadence_tier from cmp where not had
         order by merchant_id
         returning 1),
       moved as (select merchant_id from cmp where not same_cadence union all select merchant_id from gone)
       select (select count(*)::int from want) as n,
              (select count(*)::int from ins) + (select count(*)::int from upd) as written,
              (select case when count(*) <= ${MAX_LISTED_MOVES} then coalesce(array_agg(merchant_id), '{}') end
               from moved) as ids`,
      [...pot.params, run.period, run.period],
    );
    phase('statement');
    const r = res[0];
    // The task refresh that follows joins these rows: planned on the counts of a table that was just
    // filled (the first snapshot), it probed the merchants one by one.
    if ((r?.written ?? 0) > 10_000) await t.execute('analyze merchant_cadence', [], 'run');
    phase('analyze');
    return { period: run.period, merchants: r?.n ?? 0, tasksFor: r?.ids ? r.ids.map(Number) : null };
  });
}

/**
 * Serialises whole-company recomputations (cadence tiers, every task) across server processes: a
 * transaction-scoped advisory lock, released at commit or rollback.
 */
async function lockWholeRefresh(t: EntityManager) {
  await t.execute(`select pg_advisory_xact_lock(hashtext('cornerstone:maintenance-refresh'))`, [], 'run');
}

export interface RefreshResult {
  created: number;
  moved: number;
  done: number;
  cancelled: number;
}

/**
 * Brings the materialised cadence and re-verification tasks in line with the policy, the
 * merchants' cadence tiers and the recorded contacts — for the given merchants, or all (`null`).
 * One open task per merchant and channel: a newer contact closes it as done and opens the next; a
 * changed rule moves its due date in place; a dropped rule cancels it. Set-based, idempotent.
 */
export async function refreshTasks(
  em: EntityManager,
  merchantIds: readonly number[] | null,
): Promise<RefreshResult> {
  // No merchant: nothing to compare (a snapshot that moved no cadence tier asks this).
  if (merchantIds?.length === 0) return { created: 0, moved: 0, done: 0, cancelled: 0 };
  // Inside the caller's transaction when there is one (a recorded contact's, an import's): a failure
  // rolls all of it back anyway, so a savepoint of its own would only cost two statements more.
  return em.transactional(
    async (tx) => {
      const t = tx as EntityManager;
      const phase = phaseTimer(merchantIds ? 'tasks(some)' : 'tasks');
      // A refresh of every merchant waits for any other (another process may be running one); the
      // per-merchant refreshes of recorded contacts do not, and the upsert keeps them to one task.
      if (!merchantIds) await lockWholeRefresh(t);
      const only = merchantIds ? 'and m.id = any(?::int[])' : '';
      const ids = merchantIds ? [intArray(merchantIds)] : [];
      // Every merchant at once: joins and anti-joins of millions of rows hashed in memory.
      if (!merchantIds) await t.execute(`set local work_mem = '256MB'`, [], 'run');
      const desired = `
       with last as (
         select distinct on (i.merchant_id, r.tier, r.channel) i.merchant_id, r.tier, r.channel, i.id,
                ${localDateSql('i.occurred_at')} as day
         from interaction_effective i join cadence_rule r on i.kind = any(r.satisfied_by)
         where i.outcome in (${counting}) ${only.replace('m.id', 'i.merchant_id')}
         order by i.merchant_id, r.tier, r.channel, i.occurred_at desc, i.id desc)
       select m.id as merchant_id, 'cadence'::text as kind, r.channel, mc.cadence_tier as tier, r.every_days,
              last.day as basis_on, last.id as basis_interaction_id,
              coalesce(last.day, m.onboarded_on) + r.every_days as due_on
       from merchant m
       join merchant_cadence mc on mc.merchant_id = m.id
       join cadence_rule r on r.tier = mc.cadence_tier
       left join last on last.merchant_id = m.id and last.tier = r.tier and last.channel = r.channel
       where m.status <> 'terminated' ${only}
       union all
       select m.id, 'reverify', 'verify', null, null, m.contact_verified_on, null,
              (coalesce(m.contact_verified_on, m.onboarded_on) + interval '1 year')::date
       from merchant m where m.status <> 'terminated' ${only}`;
      const desiredParams = [...ids, ...ids, ...ids];
      const key = `d.kind || ':' || d.merchant_id || ':' || d.channel`;
      // The three writes over the desired tasks (`_task_desired`), each answering a row per task it
      // wrote. `after` makes one wait for another's rows where they share a statement (below).
      const doneSql = `update maintenance_task t set status = 'done', closed_at = now(), dedupe_key = null,
           done_by_interaction_id = d.basis_interaction_id,
           close_reason = case d.kind when 'reverify' then 'contact data verified' else 'contact recorded' end
         from _task_desired d
         where t.dedupe_key = ${key} and t.status = 'open'
           and d.basis_on is not null and (t.basis_on is null or d.basis_on > t.basis_on)
         returning t.id`;
      // Cancelled before the new tasks are written: what the upsert writes is desired by definition, so
      // this reads only the tasks that were open before (none at a first snapshot, not two million).
      const scope = merchantIds ? 'and t.merchant_id = any(?::int[])' : '';
      const cancelSql = (
        after = '',
      ) => `update maintenance_task t set status = 'cancelled', closed_at = now(),
           dedupe_key = null,
           close_reason = 'no longer asked for by the cadence policy, the merchant''s tier or its status'
         where t.kind in ('cadence', 'reverify') and t.status = 'open' ${scope} ${after}
           and not exists (select 1 from _task_desired d where d.merchant_id = t.merchant_id and d.kind = t.kind and d.channel = t.channel)
         returning t.id`;
      // Only the tasks that are new or differ go through the upsert: the unchanged are told apart by one
      // hash anti-join against the open tasks, not by a conflict probe of the key index each (two
      // million probes that wrote nothing). The upsert still decides, so a task a recorded contact
      // wrote meanwhile is updated, never doubled.
      const upsertSql = (
        after = '',
      ) => `insert into maintenance_task as t (merchant_id, kind, channel, due_on, dedupe_key, basis_on, every_days, tier)
         select d.merchant_id, d.kind, d.channel, d.due_on, ${key}, d.basis_on, d.every_days, d.tier from _task_desired d
         where not exists (select 1 from maintenance_task o where o.dedupe_key = ${key} and o.status = 'open'
                             and (o.due_on, o.basis_on, o.every_days, o.tier)
                                 is not distinct from (d.due_on, d.basis_on, d.every_days, d.tier)) ${after}
         on conflict (dedupe_key) do update set due_on = excluded.due_on, basis_on = excluded.basis_on,
           every_days = excluded.every_days, tier = excluded.tier
         where (t.due_on, t.basis_on, t.every_days, t.tier) is distinct from
               (excluded.due_on, excluded.basis_on, excluded.every_days, excluded.tier)
         returning (xmax = 0) as inserted`;
      const counted = `count(*) filter (where inserted)::int as created, count(*) filter (where not inserted)::int as moved`;
      let counts: RefreshResult;
      if (merchantIds) {
        // The few merchants of a recorded contact: one statement, the desired tasks a handful of index
        // lookups in it (no temp table: its create, analyze and drop were catalog writes that cost most
        // of logging a visit). Its parts run in the order of the statements below: each waits for the
        // rows of the one before (a one-time filter), so the upsert never meets a task still open that
        // the contact has just done.
        const [r] = await t.execute<RefreshResult[]>(
          `with _task_desired as (${desired}),
             done as (${doneSql}),
             cancelled as (${cancelSql('and (select count(*) from done) >= 0')}),
             up as (${upsertSql('and (select count(*) from cancelled) >= 0')})
           select ${counted}, (select count(*) from done)::int as done,
                  (select count(*) from cancelled)::int as cancelled from up`,
          [...desiredParams, ...ids],
        );
        counts = r!;
      } else {
        // Every merchant: the desired tasks are materialised once, in a temp table the three statements
        // share. The latest counting contact of each merchant and rule is found in one pass over the
        // interactions rather than one index probe per merchant and rule (a million probes).
        await t.execute('drop table if exists _task_desired', [], 'run');
        await t.execute(`create temp table _task_desired on commit drop as ${desired}`, desiredParams, 'run');
        // A fresh temp table has no statistics: without them the anti-join below was planned as a
        // nested loop, quadratic in the merchants (minutes at 200,000); with them, a hash anti-join.
        await t.execute('analyze _task_desired', [], 'run');
        phase('desired');
        const count = async (sql: string) =>
          (await t.execute<{ n: number }[]>(`with w as (${sql}) select count(*)::int as n from w`))[0]!.n;
        const done = await count(doneSql);
        phase('done');
        const cancelled = await count(cancelSql());
        phase('cancelled');
        const [up] = await t.execute<{ created: number; moved: number }[]>(
          `with up as (${upsertSql()}) select ${counted} from up`,
        );
        counts = { ...up!, done, cancelled };
      }
      phase('upsert');
      // Whatever reads the tasks next plans on the table's statistics: planned on the counts of a table
      // just filled (the first snapshot), the next refresh's cancellation probed the desired tasks once
      // per open task — 15 s at 10,000 merchants, for nothing to cancel.
      if (counts.created > 10_000) {
        await t.execute('analyze maintenance_task', [], 'run');
        phase('analyze');
      }
      return counts;
    },
    { propagation: TransactionPropagation.REQUIRED },
  );
}
