import type { EntityManager } from '@mikro-orm/postgresql';
import { withDates } from '../platform/db/values.ts';
import { connectionFrom, exactAt, keysetSql, type PageRequest } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { globalId } from '../platform/graphql/node.ts';

const NODE_TYPES: Partial<Record<string, string>> = {
  INTERACTION: 'Interaction',
  COMPLAINT: 'Complaint',
  FAULT: 'FaultTicket',
};

export interface TimelineRow {
  at: Date;
  type: 'INTERACTION' | 'TIER' | 'STATUS' | 'POINTS' | 'COMPLAINT' | 'FAULT';
  ref: string;
  kind: string;
  summary: string;
  actor: string | null;
  /** The actor's name as the header shows users (their login when no user has it, e.g. "cli"). */
  actorName: string | null;
  superseded: boolean;
}

/**
 * Everything that happened to a merchant, as one relation `e (at, type, ref, kind, summary, actor,
 * superseded)`: interactions (corrections included, the corrected ones marked), tier changes between
 * official snapshots, status changes, points entries, complaints (unless `complaints` is false: for a
 * role that may not read them) and fault tickets. Each source is read by the merchant's id.
 */
function eventsSql(merchantId: number, show: { complaints: boolean }) {
  return {
    // The actor by name, as the app's header names users; the login stays in `actor`.
    sql: `(select e0.*, coalesce(au.display_name, e0.actor) as "actorName" from (
       select i.occurred_at as at, 'INTERACTION' as type, i.id::text as ref, i.kind,
              i.outcome || coalesce(' · ' || i.notes, '') as summary, u.login as actor,
              exists (select 1 from interaction c where c.supersedes_id = i.id) as superseded
       from interaction i join app_user u on u.id = i.staff_id where i.merchant_id = ?
       union all
       select least((r.period_end + 1)::timestamp at time zone 'Asia/Shanghai', r.computed_at), 'TIER', row_number() over (order by r.period_end)::text,
              s.tier, coalesce(s.prev, '-') || ' → ' || s.tier || ' (' || s.period || ')', r.computed_by, false
       from (select period, tier, lag(tier) over (order by period) as prev from tier_snapshot where merchant_id = ?) s
       join tier_snapshot_run r on r.period = s.period where s.prev is distinct from s.tier
       union all
       select c.changed_at, 'STATUS', c.id::text, c.kind, c.changes::text, c.actor, false
       from merchant_change c where c.merchant_id = ? and c.kind in ('created', 'status')
       union all
       select p.created_at, 'POINTS', p.id::text, p.kind, p.points::text || ' → ' || p.balance_after::text || coalesce(' · ' || p.reason, ''), p.actor, false
       from points_entry p where p.merchant_id = ?
       union all
       select c.received_at, 'COMPLAINT', c.id::text, c.kind || ':' || c.category, c.status || ' · ' || c.summary, c.opened_by, false
       from complaint c where c.merchant_id = ? and ${show.complaints ? 'true' : 'false'}
       union all
       select f.reported_at, 'FAULT', f.id::text, f.status, f.description, f.opened_by, false
       from fault_ticket f where f.merchant_id = ?
     ) e0 left join app_user au on au.login = e0.actor) e`,
    params: Array.from({ length: 6 }, () => merchantId),
  };
}

/** A row as the API shows it: what has a global id is referred to by it, as `node(id)` has it. */
const shown = <T extends TimelineRow>(r: T) => ({
  ...r,
  ref: NODE_TYPES[r.type] ? globalId(NODE_TYPES[r.type]!, r.ref) : r.ref,
  // The old field's own cursor (for its `before`), which every event still carries.
  cursor: Buffer.from(`e:${r.at.toISOString()}|${r.type}|${r.ref}`).toString('base64url'),
});

/**
 * The merchant's timeline, newest first (see eventsSql); `before` pages back from a cursor of this
 * field's own format.
 */
export async function timeline(
  em: EntityManager,
  merchantId: number,
  first: number,
  before: string | null,
  show: { complaints: boolean } = { complaints: true },
): Promise<(TimelineRow & { cursor: string })[]> {
  const events = eventsSql(merchantId, show);
  let cut = '';
  const params: unknown[] = [...events.params];
  if (before) {
    const raw = Buffer.from(before, 'base64url').toString();
    const m = /^e:([^|]+)\|([A-Z]+)\|(\d+)$/.exec(raw);
    if (!m || Number.isNaN(Date.parse(m[1]!)))
      throw new AppError('BAD_USER_INPUT', 'before: not a cursor from this timeline', { field: 'before' });
    cut = 'where (e.at, e.type, e.ref::bigint) < (?::timestamptz, ?, ?::bigint)';
    params.push(m[1], m[2], m[3]);
  }
  const rows = await em.execute<TimelineRow[]>(
    `select * from ${events.sql} ${cut}
     order by e.at desc, e.type desc, e.ref::bigint desc limit ?`,
    [...params, first],
  );
  return withDates(rows, 'at').map(shown);
}

/**
 * A page of the merchant's timeline, newest first, both ways: a keyset over the merged events in
 * the old field's order (when, then type, then the record's id), with the time to the microsecond.
 * Two statements whatever the page size: the page and the count.
 */
export async function timelinePage(
  em: EntityManager,
  merchantId: number,
  req: PageRequest,
  show: { complaints: boolean },
) {
  const events = eventsSql(merchantId, show);
  const keyset = keysetSql(req, ['e.at', 'e.type', 'e.ref::bigint'], 'desc', [
    'timestamptz',
    'text',
    'bigint',
  ]);
  const conn = em.getConnection();
  const [rows, [count]] = await Promise.all([
    conn.execute<(TimelineRow & { atKey: string })[]>(
      `select e.*, ${exactAt('e.at')} as "atKey" from ${events.sql}
       ${keyset.where ? `where ${keyset.where}` : ''} order by ${keyset.orderBy} limit ?`,
      [...events.params, ...keyset.params, keyset.limit],
    ),
    conn.execute<{ n: number }[]>(`select count(*)::int as n from ${events.sql}`, events.params),
  ]);
  const page = connectionFrom(withDates(rows, 'at'), req, (r) => [r.atKey, r.type, r.ref]);
  return {
    ...page,
    edges: page.edges.map((e) => ({ cursor: e.cursor, node: shown(e.node) })),
    totalCount: count!.n,
  };
}
