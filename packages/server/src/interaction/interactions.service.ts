import { interactionProblems } from '@cornerstone/shared/maintenance/interaction-rules';
import {
  COUNTING_OUTCOMES,
  type InteractionKind,
  type InteractionOutcome,
} from '@cornerstone/shared/maintenance/maintenance';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import { findStaff, staffInScope } from '../identity/staff.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import { react } from '../platform/events/reactions.ts';
import type { PageRequest } from '../platform/graphql/connection.ts';
import { exactAt } from '../platform/graphql/connection.ts';
import { AppError, InputCheck, problemError } from '../platform/graphql/errors.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { businessToday } from '../platform/time/business-time.ts';

export interface InteractionInput {
  mid: string;
  kind: string;
  occurredAt?: Date | null;
  outcome: string;
  notes?: string | null;
  nextFollowUp?: string | null;
  /** Login of the staff member who made the contact; the caller by default. */
  staff?: string | null;
  /** The contact also confirmed the merchant's contact data (answers the re-verification). */
  contactConfirmed?: boolean | null;
}

export interface InteractionRow {
  id: string;
  merchantId: number;
  kind: InteractionKind;
  occurredAt: Date;
  staffLogin: string;
  staffName: string | null;
  outcome: InteractionOutcome;
  notes: string | null;
  nextFollowUp: string | null;
  supersedesId: string | null;
  supersededById: string | null;
  recordedBy: string;
  recordedAt: Date;
}

const INTERACTION_COLUMNS = `i.id::text, i.merchant_id as "merchantId", i.kind, i.occurred_at as "occurredAt",
  u.login as "staffLogin", u.display_name as "staffName", i.outcome, i.notes, i.next_follow_up::text as "nextFollowUp",
  i.supersedes_id::text as "supersedesId", (select c.id::text from interaction c where c.supersedes_id = i.id) as "supersededById",
  i.recorded_by as "recordedBy", i.recorded_at as "recordedAt"`;

const INTERACTION_DATES = ['occurredAt', 'recordedAt'] as const;
const withInteractionDates = (rows: InteractionRow[]) => withDates(rows, ...INTERACTION_DATES);

/** An interaction by id if its merchant is in the user's scope; null exactly as if it did not exist. */
export async function interactionInScope(
  em: EntityManager,
  user: AppUser,
  id: string,
): Promise<InteractionRow | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const scope = scopeWhere(user);
  const rows = await em.execute<InteractionRow[]>(
    `select ${INTERACTION_COLUMNS} from interaction i join app_user u on u.id = i.staff_id
     join merchant m on m.id = i.merchant_id where i.id = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withInteractionDates(rows)[0] ?? null;
}

/**
 * Checks an interaction's input, every problem named by its field: the merchant in the user's scope,
 * then the shared rule the web's form runs too (kind, time, outcome, a note, the follow-up date).
 */
async function checkInput(em: EntityManager, user: AppUser, input: InteractionInput, now: Date) {
  // The rule first (it asks the database nothing); its problems are listed after the merchant's.
  const problems = interactionProblems(input, now);
  const check = new InputCheck();
  const merchant = await findMerchant(em, user, input.mid);
  check.require(merchant !== null, 'mid', 'merchant.notFound', { mid: input.mid });
  for (const p of problems) check.problem(p.field, p.code, p.params);
  const at = input.occurredAt ?? now;
  let staffId = user.id;
  if (input.staff && input.staff !== user.login) {
    const staff = await findStaff(em, input.staff);
    if (staff?.active && staffInScope(user, staff)) staffId = staff.id;
    else check.add('staff', `no colleague ${input.staff} you may record for`);
  }
  check.throwIfAny();
  return { merchant: merchant!, at, staffId };
}

/**
 * Records an interaction and, in the same transaction, closes the follow-ups it answers, opens
 * its own follow-up, and moves the merchant's cadence tasks (a counting contact closes the open
 * task as done and opens the next).
 */
export async function recordInteraction(
  em: EntityManager,
  user: AppUser,
  input: InteractionInput,
  opts: { supersedes?: string; now?: Date } = {},
): Promise<InteractionRow> {
  const now = opts.now ?? new Date();
  const { merchant, at, staffId } = await checkInput(em, user, input, now);
  const recorded = await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    if (opts.supersedes) {
      const [old] = await t.execute<{ merchant_id: number; superseded: boolean }[]>(
        `select merchant_id, exists (select 1 from interaction c where c.supersedes_id = i.id) as superseded
         from interaction i where id = ? for update`,
        [opts.supersedes],
      );
      if (!old || old.merchant_id !== merchant.id)
        throw new AppError('NOT_FOUND', `id: no interaction ${opts.supersedes} of merchant ${merchant.mid}`, {
          field: 'id',
        });
      if (old.superseded) throw problemError('id', 'interaction.alreadyCorrected', { id: opts.supersedes });
      // The corrected entry's follow-up goes with it; the correction brings its own.
      await t.execute(
        `update maintenance_task set status = 'cancelled', closed_at = now(), close_reason = 'interaction corrected'
         where kind = 'follow_up' and status = 'open' and source_interaction_id = ?`,
        [opts.supersedes],
        'run',
      );
    }
    // One statement writes the entry and what it answers, and answers the entry as the API shows it
    // (an entry never changes once written). A contact that reached the merchant answers the
    // follow-ups asked for before it, the retention task a churn score raised (clv/churn.service.ts:
    // the contact was the ask) and, for a greeting, the greeting task; a follow-up date becomes a task.
    const counting = (COUNTING_OUTCOMES as readonly string[]).includes(input.outcome);
    const [row] = await t.execute<InteractionRow[]>(
      `with i as (
         insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, notes, next_follow_up, supersedes_id, recorded_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *),
       follow_ups as (
         update maintenance_task f set status = 'done', closed_at = now(), done_by_interaction_id = i.id,
           close_reason = 'followed up'
         from interaction src, i
         where ?::boolean and f.kind = 'follow_up' and f.status = 'open' and f.merchant_id = i.merchant_id
           and src.id = f.source_interaction_id and src.occurred_at < i.occurred_at),
       retention as (
         update maintenance_task t set status = 'done', closed_at = now(), dedupe_key = null, done_by_interaction_id = i.id,
           close_reason = 'contacted about the risk of leaving'
         from i
         where ?::boolean and t.kind = 'retention' and t.status = 'open' and t.merchant_id = i.merchant_id
           and t.created_at <= i.occurred_at),
       greetings as (
         update maintenance_task t set status = 'done', closed_at = now(), done_by_interaction_id = i.id,
           close_reason = 'greeting sent'
         from i
         where ?::boolean and t.kind = 'greeting' and t.status = 'open' and t.merchant_id = i.merchant_id),
       next as (
         insert into maintenance_task (merchant_id, kind, channel, due_on, dedupe_key, source_interaction_id)
         select i.merchant_id, 'follow_up', 'follow_up', i.next_follow_up, 'follow_up:' || i.id, i.id
         from i where i.next_follow_up is not null)
       select ${INTERACTION_COLUMNS} from i join app_user u on u.id = i.staff_id`,
      [
        merchant.id,
        input.kind,
        at,
        staffId,
        input.outcome,
        input.notes?.trim() || null,
        input.nextFollowUp ?? null,
        opts.supersedes ?? null,
        user.login,
        counting,
        counting,
        counting && input.kind === 'greeting',
      ],
    );
    const confirmed = input.contactConfirmed && counting;
    await react('interaction.recorded', {
      em: t,
      merchantId: merchant.id,
      contactConfirmed: confirmed ? { by: user.login, day: businessToday(at) } : undefined,
    });
    return row!;
  });
  return withInteractionDates([recorded])[0]!;
}

/**
 * Corrects an interaction by a new entry that supersedes it; the old one stays, marked superseded.
 * The entry to correct is found first (a correction of nothing is NOT_FOUND whatever it says, the
 * same for an entry outside the user's scope), then the correction is checked as any interaction is.
 */
export async function correctInteraction(
  em: EntityManager,
  user: AppUser,
  id: string,
  input: InteractionInput,
): Promise<InteractionRow> {
  if (!/^\d{1,18}$/.test(id))
    throw new AppError('BAD_USER_INPUT', 'id: not an interaction id', { field: 'id' });
  const [old] = await em.execute<{ mid: string; merchant_id: number }[]>(
    `select m.mid, m.id as merchant_id from interaction i join merchant m on m.id = i.merchant_id
     where i.id = ? and ${whereSql(scopeWhere(user))}`,
    [id, ...scopeWhere(user).params],
  );
  if (!old) throw problemError('id', 'interaction.notFound');
  return recordInteraction(em, user, { ...input, mid: old.mid }, { supersedes: id });
}

/** The merchant's interactions, newest first, each marked when a later entry superseded it. */
export async function merchantInteractions(
  em: EntityManager,
  merchantId: number,
  first: number,
): Promise<InteractionRow[]> {
  const rows = await em.execute<InteractionRow[]>(
    `select ${INTERACTION_COLUMNS} from interaction i join app_user u on u.id = i.staff_id
     where i.merchant_id = ? order by i.occurred_at desc, i.id desc limit ?`,
    [merchantId, first],
  );
  return withInteractionDates(rows);
}

/**
 * A page of the merchant's interactions, newest first, in the order of `merchantInteractions`
 * (when it happened, then the entry's id): two statements whatever the page size.
 */
export async function merchantInteractionsPage(em: EntityManager, merchantId: number, req: PageRequest) {
  const page = await pageOfSql<InteractionRow & { atKey: string }>(
    em,
    {
      select: `${INTERACTION_COLUMNS}, ${exactAt('i.occurred_at')} as "atKey"`,
      from: 'interaction i join app_user u on u.id = i.staff_id',
      where: { sql: ['i.merchant_id = ?'], params: [merchantId] },
      orderBy: ['i.occurred_at', 'i.id'],
      direction: 'desc',
      types: ['timestamptz', 'bigint'],
      keys: (r) => [r.atKey, r.id],
      dates: INTERACTION_DATES,
    },
    req,
  );
  return page;
}
