import { useMemo } from 'react';
import type { TaskFilter, TaskKind, TaskOrder, TaskState } from '../../../gql/graphql.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';

export const TASK_STATES: readonly TaskState[] = ['OPEN', 'OVERDUE', 'DUE', 'UPCOMING', 'DONE'];
export const TASK_KINDS: readonly TaskKind[] = ['CADENCE', 'FOLLOW_UP', 'RETENTION', 'GREETING', 'REVERIFY'];
export const TASK_ORDERS: readonly TaskOrder[] = ['PRIORITY', 'DUE'];

/** My work's view lives in the URL: tab, task order, state and kind, and (for managers) branch and manager. */
export function useMyWorkFilters() {
  const { get, patch } = useUrlState();
  const rawState = get('state');
  const state = TASK_STATES.find((s) => s === rawState) ?? 'OPEN';
  const rawKind = get('kind');
  const kind = TASK_KINDS.find((k) => k === rawKind);
  // The queue is read by priority unless the user asks for due dates.
  const order: TaskOrder = get('order') === 'DUE' ? 'DUE' : 'PRIORITY';
  const manager = get('manager');
  const branch = get('branch');
  // The page knows its tabs (some come from other features): it falls back to tasks for an unknown one.
  const tab = get('tab') ?? 'today';
  const scope = useMemo<TaskFilter>(() => ({ manager, branch }), [manager, branch]);
  const filter = useMemo<TaskFilter>(() => ({ ...scope, state, kind }), [scope, state, kind]);
  return { state, kind, order, manager, branch, tab, scope, filter, set: patch } as const;
}
