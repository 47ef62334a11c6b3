import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SIGNATURE_HEADER, signBody } from '@cornerstone/shared/webhooks/signature';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decryptPersonal, encryptPersonal } from '../platform/db/personal-data.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { textArray, withDates } from '../platform/db/values.ts';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../platform/events/outbox.ts';
import { MAX_PAGE, type PageRequest } from '../platform/graphql/connection.ts';
import { AppError, InputCheck } from '../platform/graphql/errors.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { logger } from '../platform/logger.ts';
import { guardedLookup, literalProblem, targetProblem } from './webhook-target.ts';

export interface SubscriptionRow {
  id: number;
  url: string;
  events: string[];
  active: boolean;
  createdBy: string;
  createdAt: Date;
}

/** A subscription's (int) row id from an id argument; 0, which no row has, when it cannot be one. */
const subscriptionRowId = (id: number | string) => {
  const n = Number(id);
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : 0;
};

const SUB_COLUMNS = `id, url, events, active, created_by as "createdBy", created_at as "createdAt"`;

/** Subscribes a URL to events; the signing secret is answered once and kept encrypted. */
export async function subscribe(
  em: EntityManager,
  url: string,
  events: string[],
  actor: string,
  opts: { allowLoopback?: boolean } = {},
): Promise<SubscriptionRow & { secret: string }> {
  const check = new InputCheck();
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    /* reported below */
  }
  const web = parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
  check.require(web, 'url', 'webhook.urlInvalid');
  // Not this host nor the link-local range (cloud metadata): checked here on every address the
  // name has now, and again by each delivery as it connects (DNS may change).
  const target = web ? await targetProblem(parsed!, opts.allowLoopback ?? false) : null;
  if (target) check.problem('url', 'webhook.targetBlocked', { ...target });
  check.require(events.length > 0, 'events', 'webhook.eventsMissing');
  for (const e of events)
    check.require(WEBHOOK_EVENTS.includes(e as WebhookEvent), 'events', 'webhook.eventUnknown', {
      event: e,
      events: WEBHOOK_EVENTS.join(', '),
    });
  check.throwIfAny();
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const [row] = await em.execute<SubscriptionRow[]>(
    `insert into webhook_subscription (url, events, secret, created_by) values (?, ?::text[], ?, ?) returning ${SUB_COLUMNS}`,
    [url, textArray([...new Set(events)]), encryptPersonal(secret), actor],
  );
  return { ...withDates([row!], 'createdAt')[0]!, secret };
}

/** Every subscription by id, all at once (the deprecated `webhookSubscriptions`). */
export async function listSubscriptions(em: EntityManager): Promise<SubscriptionRow[]> {
  return withDates(
    await em.execute<SubscriptionRow[]>(`select ${SUB_COLUMNS} from webhook_subscription order by id`),
    'createdAt',
  );
}

/** One page of the subscriptions by id, and how many there are. */
export async function subscriptionsPage(em: EntityManager, req: PageRequest) {
  const page = await pageOfSql<SubscriptionRow>(
    em,
    {
      select: SUB_COLUMNS,
      from: 'webhook_subscription',
      orderBy: ['id'],
      direction: 'asc',
      types: ['bigint'],
      keys: (s) => [s.id],
      dates: ['createdAt'],
    },
    req,
  );
  return page;
}

/** A subscription by row id (administrators: the callers check the role). */
export async function subscriptionById(em: EntityManager, id: string): Promise<SubscriptionRow | null> {
  const [row] = await em.execute<SubscriptionRow[]>(
    `select ${SUB_COLUMNS} from webhook_subscription where id = ?`,
    [subscriptionRowId(id)],
  );
  return row ? withDates([row], 'createdAt')[0]! : null;
}

export async function unsubscribe(em: EntityManager, id: number | string): Promise<boolean> {
  const rows = await em.execute<{ id: number }[]>(
    'update webhook_subscription set active = false where id = ? and active returning id',
    [subscriptionRowId(id)],
  );
  return rows.length > 0;
}

// Back-off (ours): 10 s, 20 s, 40 s … capped at an hour; given up after 15 attempts (about 8 h).
export const MAX_ATTEMPTS = 15;
export const backoffMs = (attempts: number) => Math.min(3_600_000, 10_000 * 2 ** (attempts - 1));
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

interface Claimed {
  id: string;
  attempts: number;
  url: string;
  secret: string;
  eventId: string;
  event: string;
  payload: unknown;
  createdAt: Date;
}

/**
 * Sends the deliveries that are due. Each is claimed with a lease first (`for update skip locked`:
 * two processes never take the same one), sent outside any transaction, then marked delivered or
 * scheduled again with back-off. At least once: a crash after sending and before marking sends it
 * again when the lease runs out; receivers de-duplicate by the `x-cornerstone-event-id` header.
 */
export async function deliverDue(
  em: EntityManager,
  opts: { now?: Date; limit?: number; allowLoopback?: boolean } = {},
): Promise<{ delivered: number; retried: number; failed: number }> {
  const now = opts.now ?? new Date();
  const claimed = withDates(
    await em.execute<Claimed[]>(
      `with c as (
         update webhook_delivery d set locked_until = ?::timestamptz + make_interval(secs => ?), attempts = attempts + 1
         where d.id in (select id from webhook_delivery where status = 'pending' and next_attempt_at <= ?
                          and (locked_until is null or locked_until < ?) order by id limit ? for update skip locked)
         returning d.id, d.attempts, d.subscription_id, d.event_id)
       select c.id::text, c.attempts, s.url, s.secret, e.id::text as "eventId", e.event, e.payload, e.created_at as "createdAt"
       from c join webhook_subscription s on s.id = c.subscription_id join outbox_event e on e.id = c.event_id
       order by c.id`,
      [now, LEASE_MS / 1000, now, now, opts.limit ?? 50],
    ),
    'createdAt',
  );
  let delivered = 0;
  let retried = 0;
  let failed = 0;
  for (const d of claimed) {
    const body = JSON.stringify({
      id: d.eventId,
      event: d.event,
      createdAt: d.createdAt.toISOString(),
      data: typeof d.payload === 'string' ? JSON.parse(d.payload) : d.payload,
    });
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await post(
        d.url,
        {
          'content-type': 'application/json',
          'user-agent': 'Cornerstone-Webhooks/1',
          'x-cornerstone-event': d.event,
          'x-cornerstone-event-id': d.eventId,
          'x-cornerstone-delivery': d.id,
          [SIGNATURE_HEADER]: signBody(decryptPersonal(d.secret)!, body, Math.floor(Date.now() / 1000)),
        },
        body,
        opts.allowLoopback ?? false,
      );
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      error = String((err as Error).message).slice(0, 300);
    }
    if (!error) {
      delivered++;
      await em.execute(
        `update webhook_delivery set status = 'delivered', delivered_at = now(), last_status = ?, last_error = null,
           locked_until = null where id = ?`,
        [status, d.id],
      );
    } else {
      const giveUp = d.attempts >= MAX_ATTEMPTS;
      if (giveUp) failed++;
      else retried++;
      await em.execute(
        `update webhook_delivery set status = ?, next_attempt_at = ?, last_status = ?, last_error = ?, locked_until = null
         where id = ?`,
        [giveUp ? 'failed' : 'pending', new Date(now.getTime() + backoffMs(d.attempts)), status, error, d.id],
      );
      logger.warn({ delivery: d.id, event: d.event, attempts: d.attempts, error }, 'webhook delivery failed');
    }
  }
  return { delivered, retried, failed };
}

/**
 * POSTs one delivery and answers the HTTP status; redirects are not followed (a 3xx is a failed
 * attempt). The target is checked as the socket connects: an address literal before, a name by the
 * lookup the socket connects with (`guardedLookup`), so a refused target is never connected to.
 * One connection per delivery (no keep-alive pool): a socket opened under another setting is
 * never reused.
 */
function post(url: string, headers: Record<string, string>, body: string, allowLoopback: boolean) {
  return new Promise<number>((done, fail) => {
    const target = new URL(url);
    const refused = literalProblem(target, allowLoopback);
    if (refused) return fail(new Error(`refused: ${refused}`));
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: guardedLookup(allowLoopback) as never,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
      (res) => {
        res.on('error', fail);
        res.on('end', () => done(res.statusCode ?? 0));
        res.on('close', () => {
          if (!res.complete) fail(new Error('the answer was cut off'));
        });
        res.resume();
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

export interface DeliveryRow {
  id: string;
  subscriptionId: number;
  eventId: string;
  event: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  payload: string;
}

export interface DeliveryFilter {
  subscriptionId?: number | string | null;
  status?: string | null;
  event?: string | null;
}

/** The conditions of the delivery log's filter (over `d` and its event `e`), for both its lists. */
function deliveriesWhere(filter: DeliveryFilter | null): SqlWhere {
  const where: SqlWhere = { sql: [], params: [] };
  if (filter?.subscriptionId != null) {
    where.sql.push('d.subscription_id = ?');
    where.params.push(subscriptionRowId(filter.subscriptionId));
  }
  if (filter?.status) {
    where.sql.push('d.status = ?');
    where.params.push(filter.status);
  }
  if (filter?.event) {
    where.sql.push('e.event = ?');
    where.params.push(filter.event);
  }
  return where;
}

const DELIVERY_COLUMNS = `d.id::text, d.subscription_id as "subscriptionId", d.event_id::text as "eventId", e.event, d.status,
  d.attempts, d.next_attempt_at as "nextAttemptAt", d.last_status as "lastStatus", d.last_error as "lastError",
  d.delivered_at as "deliveredAt", e.payload::text as payload`;
const DELIVERY_FROM = 'webhook_delivery d join outbox_event e on e.id = d.event_id';
const DELIVERY_DATES = ['nextAttemptAt', 'deliveredAt'] as const;

/** The delivery log, newest first, with its own cursor (the deprecated `webhookDeliveries`). */
export async function listDeliveries(
  em: EntityManager,
  filter: DeliveryFilter | null,
  first: number,
  after: string | null,
) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw new AppError('BAD_USER_INPUT', `first: between 1 and ${MAX_PAGE}`, { field: 'first' });
  const where = deliveriesWhere(filter);
  if (after) {
    const m = /^d:(\d{1,18})$/.exec(Buffer.from(after, 'base64url').toString());
    if (!m) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
    where.sql.push('d.id < ?::bigint');
    where.params.push(m[1]);
  }
  const rows = await em.execute<DeliveryRow[]>(
    `select ${DELIVERY_COLUMNS} from ${DELIVERY_FROM} where ${whereSql(where)} order by d.id desc limit ?`,
    [...where.params, first + 1],
  );
  const items = withDates(rows.slice(0, first), ...DELIVERY_DATES).map((r) => ({
    ...r,
    cursor: Buffer.from(`d:${r.id}`).toString('base64url'),
  }));
  return { rows: items, hasNextPage: rows.length > first };
}

/** One page of the delivery log, newest first, and how many deliveries match. */
export async function deliveriesPage(em: EntityManager, filter: DeliveryFilter | null, req: PageRequest) {
  const page = await pageOfSql<DeliveryRow>(
    em,
    {
      select: DELIVERY_COLUMNS,
      from: DELIVERY_FROM,
      where: deliveriesWhere(filter),
      orderBy: ['d.id'],
      direction: 'desc',
      types: ['bigint'],
      keys: (d) => [d.id],
      dates: DELIVERY_DATES,
    },
    req,
  );
  return page;
}

/** A delivery by row id (administrators: the callers check the role). */
export async function deliveryById(em: EntityManager, id: string): Promise<DeliveryRow | null> {
  const [row] = await em.execute<DeliveryRow[]>(
    `select ${DELIVERY_COLUMNS} from ${DELIVERY_FROM} where d.id = ?::bigint`,
    [id],
  );
  return row ? withDates([row], 'nextAttemptAt', 'deliveredAt')[0]! : null;
}

/** Sends a delivery again (delivered or given up): due at once, attempts counted on. */
export async function replayDelivery(em: EntityManager, id: string | null): Promise<boolean> {
  if (id === null || !/^\d{1,18}$/.test(id)) return false;
  const rows = await em.execute<{ id: string }[]>(
    `update webhook_delivery set status = 'pending', next_attempt_at = now(), locked_until = null
     where id = ? returning id::text`,
    [id],
  );
  return rows.length > 0;
}
