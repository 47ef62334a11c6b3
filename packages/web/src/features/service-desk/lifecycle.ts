// The service desk's codes and lifecycles as the API spells them, from packages/shared (the server
// decides with the same rules): which filters the boards offer and which steps a row offers.
import {
  COMPLAINT_CATEGORIES as CATEGORIES,
  COMPLAINT_CHANNELS as CHANNELS,
  COMPLAINT_ACTIONS,
  type ComplaintAction,
  complaintMove,
  FAULT_STATUSES as FAULTS,
  faultMove,
  isFaultReopen,
  COMPLAINT_KINDS as KINDS,
  COMPLAINT_STATUSES as STATUSES,
} from '@cornerstone/shared/service-desk/service-desk';
import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  FaultStatus,
} from '../../gql/graphql.ts';
import { apiCode, sharedCode } from '../../lib/codes.ts';

export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = STATUSES.map(apiCode);
export const COMPLAINT_KINDS: readonly ComplaintKind[] = KINDS.map(apiCode);
export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = CHANNELS.map(apiCode);
export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = CATEGORIES.map(apiCode);
export const FAULT_STATUSES: readonly FaultStatus[] = FAULTS.map(apiCode);

export type ComplaintStep = ComplaintAction | 'assign';

/** The steps a complaint in `status` offers (the shared lifecycle), assignment only to managers. */
export function complaintSteps(status: ComplaintStatus, mayAssign: boolean): ComplaintStep[] {
  const steps: ComplaintStep[] = COMPLAINT_ACTIONS.filter((a) => complaintMove(sharedCode(status), a).ok);
  // The server refuses to re-assign a closed complaint (a rule shared does not state yet).
  if (mayAssign && status !== 'CLOSED') steps.push('assign');
  return steps;
}

/**
 * Where a fault ticket in `status` may go next (the shared lifecycle): the moves forward first, then
 * the ones back (re-assign, reopen), so the way on is the first button.
 */
export function faultSteps(status: FaultStatus): FaultStatus[] {
  const from = sharedCode(status);
  const i = FAULTS.indexOf(from);
  const forwardFirst = [...FAULTS.slice(i + 1), ...FAULTS.slice(0, i + 1)];
  return forwardFirst.filter((to) => faultMove(from, to).ok).map(apiCode);
}

export type FaultStep = FaultStatus | 'REOPEN';

/**
 * What a move is called on its button: going back from fixed to assigned reopens the ticket (the fix
 * did not hold), it is not an assignment; every other move is named by where it goes.
 */
export const faultStep = (from: FaultStatus, to: FaultStatus): FaultStep =>
  isFaultReopen(sharedCode(from), sharedCode(to)) ? 'REOPEN' : to;
