import { createHash } from 'node:crypto';
import type { PointsRule } from '@cornerstone/shared/loyalty/points';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BulkTx } from '../platform/db/bulk.ts';
import { intArray } from '../platform/db/values.ts';
import { emitSql } from '../platform/events/outbox.ts';
import { AppError, problemError } from '../platform/graphql/errors.ts';
import { phaseTimer } from '../platform/time/phase-timer.ts';
import { accrualInsertSql } from './accrual-sql.ts';
import { loadPointsRules } from './points-rules.service.ts';

export const requestHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/** The points.posted payload of ledger entries `e` (docs/events.md). */
const pointsPayload = (
  entries = 'points_entry',
) => `select jsonb_build_object('entryId', e.id::text, 'mid', m.mid, 'kind', e.kind, 'points', e.points,
  'balanceAfter', e.balance_after, 'source', e.source, 'at', e.created_at) as payload
  from ${entries} e join merchant m on m.id = e.merchant_id`;

/**
 * Accrual (docs/domain.md §5), inside the settlement import's transaction: for each merchant whose
 * cumulative non-capped amount or capped count grew (`cs_points_delta`), 1 point per multiple of
 * its rule's threshold passed, remainders carried. The idempotency key is the cumulative total
 * reached, so replaying the same accrual can never post twice. Five statements whatever the
 * number of merchants: the entries are worked out in SQL (accrual-sql.ts, generated from the shared
 * rules and held against them by a test), then posted; one more reads the points table (every
 * version: the SQL picks the rows valid on `ruleDate`) unless `rules` are given.
 */
export async function accrueFromDelta(
  tx: BulkTx,
  ruleDate: string,
  source: string,
  given?: readonly PointsRule[],
): Promise<{ entries: number; points: bigint }> {
  const phase = phaseTimer('points');
  // Only the rows in force on the date go into the statement: the CASE stays the size of one table.
  const rules =
    given ??
    (await loadPointsRules(<R>(sql: string) => tx.query<R>(sql))).filter(
      (r) => r.validFrom <= ruleDate && (r.validTo === null || ruleDate <= r.validTo),
    );
  await tx.query(
    `create temp table cs_accrual (merchant_id int primary key, points bigint not null, rule_id text not null,
       idempotency_key text not null, request_hash text not null) on commit drop`,
  );
  const [done] = await tx.query<{ entries: number; points: string }>(accrualInsertSql(rules), [ruleDate]);
  phase('accrual');
  await postAccrual(tx, source);
  phase('post');
  return { entries: Number(done!.entries), points: BigInt(done!.points) };
}

/**
 * The accrual's last half: moves every account of `cs_points_delta` and posts the entries of
 * `cs_accrual`, in the caller's transaction.
 */
async function postAccrual(tx: BulkTx, source: string): Promise<void> {
  // One statement moves every account (cumulative totals and balance), posts every entry with the
  // balance it reached and emits its points.posted webhook event; the ledger trigger lets these
  // accruals through for this statement only. JIT is off for it too: the planner's guess for the
  // webhook join passes the JIT threshold, and compiling took ~0.5 s of a 3.8 s post of 100k
  // entries, for a plan that runs once; the setting the caller had is put back after.
  const [before] = await tx.query<{ jit: string }>(
    `select current_setting('jit') as jit, set_config('cornerstone.bulk_accrual', 'on', true), set_config('jit', 'off', true)`,
  );
  await tx.query(
    emitSql(
      'points.posted',
      pointsPayload('posted'),
      `acc as (
         insert into points_account as a (merchant_id, cum_amount, cum_capped, balance)
         select d.merchant_id, d.amount, d.capped, coalesce(e.points, 0)
         from cs_points_delta d left join cs_accrual e using (merchant_id)
         on conflict (merchant_id) do update set cum_amount = a.cum_amount + excluded.cum_amount,
           cum_capped = a.cum_capped + excluded.cum_capped, balance = a.balance + excluded.balance, updated_at = now()
         returning a.merchant_id, a.balance
       ), posted as (
         insert into points_entry (merchant_id, kind, points, balance_after, source, rule_id, actor, idempotency_key, request_hash)
         select e.merchant_id, 'accrual', e.points, acc.balance, $1, e.rule_id, 'system', e.idempotency_key, e.request_hash
         from cs_accrual e join acc using (merchant_id) order by e.merchant_id
         returning *
       )`,
    ),
    [source],
  );
  await tx.query(`select set_config('cornerstone.bulk_accrual', 'off', true), set_config('jit', $1, true)`, [
    before!.jit,
  ]);
}

export interface PostResult {
  entryId: string;
  points: number;
  balanceAfter: number;
  replayed: boolean;
}

/** Who may approve a manual adjustment (docs/domain.md §5: with reason and approver). */
const APPROVERS = ['admin', 'branch_manager'];

/**
 * The approver of a manual adjustment: an active administrator, or an active branch manager of the
 * merchant's branch, and never the one who posts it (four eyes). Answers the approver's login as
 * stored, or null for anyone else — unknown, inactive, another role, another branch or oneself
 * alike, so the answer tells nothing about which logins exist.
 */
export async function approverFor(
  em: EntityManager,
  login: string,
  merchantBranchId: number | null,
  postedBy: { id: number },
): Promise<string | null> {
  const [u] = await em.execute<{ id: number; login: string; role: string; branch_id: number | null }[]>(
    'select id, login, role, branch_id from app_user where login = ? and active',
    [login],
  );
  if (!u || u.id === postedBy.id || !APPROVERS.includes(u.role)) return null;
  if (u.role === 'branch_manager' && (merchantBranchId === null || u.branch_id !== merchantBranchId))
    return null;
  return u.login;
}

/**
 * Posts one entry with an idempotency key: the same key with the same request answers the original
 * result; the same key with a different request is rejected and writes nothing. The ledger trigger
 * refuses a balance below zero.
 */
export async function postEntry(
  em: EntityManager,
  e: {
    merchantId: number;
    kind: 'redemption' | 'adjustment' | 'reversal' | 'expiry';
    points: bigint;
    source: string;
    actor: string;
    reason?: string | null;
    approver?: string | null;
    reversesId?: string | null;
    key: string;
  },
): Promise<PostResult> {
  const hash = requestHash({ ...e, points: String(e.points) });
  const replay = async (): Promise<PostResult | null> => {
    const [existing] = await em.execute<
      { id: string; points: string; balance_after: string; request_hash: string }[]
    >(
      'select id::text, points::text, balance_after::text, request_hash from points_entry where idempotency_key = ?',
      [e.key],
    );
    if (!existing) return null;
    if (existing.request_hash !== hash) throw problemError('idempotencyKey', 'points.keyReused');
    return {
      entryId: existing.id,
      points: Number(existing.points),
      balanceAfter: Number(existing.balance_after),
      replayed: true,
    };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    // The entry and its points.posted event commit together: an answer lost after the commit is
    // retried as a replay (which emits nothing), so the event must already be there.
    return await em.transactional(async (t) => {
      const tx = t as EntityManager;
      const [row] = await tx.execute<{ id: string; balance_after: string }[]>(
        `insert into points_entry (merchant_id, kind, points, balance_after, source, actor, reason, approver, reverses_id, idempotency_key, request_hash)
       values (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?) returning id::text, balance_after::text`,
        [
          e.merchantId,
          e.kind,
          String(e.points),
          e.source,
          e.actor,
          e.reason ?? null,
          e.approver ?? null,
          e.reversesId ?? null,
          e.key,
          hash,
        ],
      );
      await tx.execute(emitSql('points.posted', `${pointsPayload()} where e.id = ?`), [row!.id]);
      return {
        entryId: row!.id,
        points: Number(e.points),
        balanceAfter: Number(row!.balance_after),
        replayed: false,
      };
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = String((err as Error).message);
    if (code === '23514') throw problemError('points', 'points.balanceShort');
    // A concurrent request with the same key won the race: answer as its replay.
    if (code === '23505' && message.includes('idempotency_key')) {
      const winner = await replay();
      if (winner) return winner;
    }
    if (code === '23505' && message.includes('reverses_id'))
      throw problemError('entryId', 'points.alreadyReversed');
    throw err;
  }
}

export async function balances(em: EntityManager, ids: readonly number[]): Promise<Map<number, number>> {
  const rows = await em.execute<{ merchant_id: number; balance: string }[]>(
    'select merchant_id, balance::text from points_account where merchant_id = any(?::int[])',
    [intArray(ids)],
  );
  return new Map(rows.map((r) => [r.merchant_id, Number(r.balance)]));
}

/** Months after which unspent points lapse (ours; configurable with CORNERSTONE_POINTS_EXPIRY_MONTHS). */
export const EXPIRY_MONTHS = Number(process.env.CORNERSTONE_POINTS_EXPIRY_MONTHS ?? 24);

/**
 * Expires, per merchant, the points earned before `asOf − EXPIRY_MONTHS` that have not been spent
 * yet (first in, first out: everything taken away so far counts against the oldest points). One
 * entry per merchant and cut-off date, keyed by both, so running it twice expires nothing twice.
 */
export async function expirePoints(
  em: EntityManager,
  asOf: string,
  actor = 'system',
): Promise<{ merchants: number; points: number }> {
  const [cut] = await em.execute<{ cutoff: string }[]>(
    `select (?::date - make_interval(months => ?))::date::text as cutoff`,
    [asOf, EXPIRY_MONTHS],
  );
  const cutoff = cut!.cutoff;
  const due = await em.execute<{ merchant_id: number; expire: string }[]>(
    `select merchant_id, least(earned_before - spent, balance)::text as expire from (
       select e.merchant_id,
              coalesce(sum(e.points) filter (where e.points > 0 and e.created_at < ?::date), 0) as earned_before,
              coalesce(-sum(e.points) filter (where e.points < 0), 0) as spent,
              a.balance
       from points_entry e join points_account a using (merchant_id)
       group by e.merchant_id, a.balance) x
     where earned_before - spent > 0 and balance > 0
       -- Once per merchant and cut-off: a second run for the same date does nothing.
       and not exists (select 1 from points_entry p where p.idempotency_key = 'expiry:' || x.merchant_id || ':' || ?)`,
    [cutoff, cutoff],
  );
  let points = 0;
  for (const d of due) {
    const r = await postEntry(em, {
      merchantId: d.merchant_id,
      kind: 'expiry',
      points: -BigInt(d.expire),
      source: `expiry before ${cutoff}`,
      actor,
      reason: `points earned before ${cutoff} lapse after ${EXPIRY_MONTHS} months`,
      key: `expiry:${d.merchant_id}:${cutoff}`,
    });
    if (!r.replayed) points += -r.points;
  }
  return { merchants: due.length, points };
}

/** Reverses one entry with a new entry of the opposite sign; the database allows one reversal per entry. */
export async function reverseEntry(
  em: EntityManager,
  entryId: string,
  actor: string,
  reason: string,
): Promise<PostResult> {
  // Entry ids are bigints: anything else names no entry (and must not reach SQL as a cast error).
  if (!/^\d{1,18}$/.test(entryId))
    throw problemError('entryId', 'points.entryNotFound', { id: entryId.slice(0, 20) });
  const [entry] = await em.execute<{ merchant_id: number; points: string; kind: string }[]>(
    'select merchant_id, points::text, kind from points_entry where id = ?',
    [entryId],
  );
  if (!entry) throw problemError('entryId', 'points.entryNotFound', { id: entryId });
  if (entry.kind === 'reversal')
    throw new AppError('BAD_USER_INPUT', 'entryId: a reversal is not reversed; post a new entry');
  return postEntry(em, {
    merchantId: entry.merchant_id,
    kind: 'reversal',
    points: -BigInt(entry.points),
    source: `reversal of ${entryId}`,
    actor,
    reason,
    reversesId: entryId,
    key: `reversal:${entryId}`,
  });
}
