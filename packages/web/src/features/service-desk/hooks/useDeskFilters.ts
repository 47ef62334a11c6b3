import { useMemo } from 'react';
import type { ComplaintFilter, DeskOrder, FaultTicketFilter } from '../../../gql/graphql.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS, COMPLAINT_STATUSES, FAULT_STATUSES } from '../lifecycle.ts';

const oneOf = <T extends string>(list: readonly T[], v: string | undefined) =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;
const yesNo = (v: string | undefined) => (v === 'true' ? true : v === 'false' ? false : undefined);

/** The boards' orders, the server's default (most urgent first) first; the URL names only the other. */
export const DESK_ORDERS = ['URGENCY', 'NEWEST'] as const satisfies readonly DeskOrder[];
const orderOf = (v: string | undefined): DeskOrder => oneOf(DESK_ORDERS, v) ?? 'URGENCY';

/** The complaints board's filter and order, in the URL: status (or all unresolved), kind, category, breached, escalated, MID. */
export function useComplaintFilters() {
  const { get, patch } = useUrlState();
  const status = oneOf(COMPLAINT_STATUSES, get('status'));
  const open = get('status') === 'UNRESOLVED' ? true : undefined;
  const kind = oneOf(COMPLAINT_KINDS, get('kind'));
  const category = oneOf(COMPLAINT_CATEGORIES, get('category'));
  const breached = yesNo(get('breached'));
  const escalated = yesNo(get('escalated'));
  const mid = get('mid');
  const filter = useMemo<ComplaintFilter>(
    () => ({ status, open, kind, category, breached, escalated, mid }),
    [status, open, kind, category, breached, escalated, mid],
  );
  const active = [status, open, kind, category, breached, escalated, mid].some((v) => v !== undefined);
  const orderBy = orderOf(get('order'));
  return {
    status: get('status'),
    kind,
    category,
    breached,
    escalated,
    mid,
    filter,
    orderBy,
    active,
    set: patch,
    clear: () =>
      patch({
        status: undefined,
        breached: undefined,
        escalated: undefined,
        kind: undefined,
        category: undefined,
        mid: undefined,
      }),
  };
}

/** The fault tickets' filter and order, in the URL: status (or all unfixed), breached, assignee, MID, TID. */
export function useFaultFilters() {
  const { get, patch } = useUrlState();
  const status = oneOf(FAULT_STATUSES, get('status'));
  const open = get('status') === 'UNFIXED' ? true : undefined;
  const breached = yesNo(get('breached'));
  const assignee = get('assignee');
  const mid = get('mid');
  const tid = get('tid');
  const filter = useMemo<FaultTicketFilter>(
    () => ({ status, open, breached, assignee, mid, tid }),
    [status, open, breached, assignee, mid, tid],
  );
  const active = [status, open, breached, assignee, mid, tid].some((v) => v !== undefined);
  const orderBy = orderOf(get('order'));
  return {
    status: get('status'),
    breached,
    assignee,
    mid,
    tid,
    filter,
    orderBy,
    active,
    set: patch,
    clear: () =>
      patch({ status: undefined, breached: undefined, assignee: undefined, mid: undefined, tid: undefined }),
  };
}
