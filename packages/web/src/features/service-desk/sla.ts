// Pure shaping of the service desk's data: SLA clocks, which lifecycle steps a row offers.
import type { ComplaintStatus, FaultStatus, SlaState } from '../../gql/graphql.ts';

export interface SlaClockLike {
  state: SlaState;
  minutesLeft?: number | null;
  minutesTaken?: number | null;
}

export interface SlaView {
  /** antd Tag colour: red once breached, green when met, orange when under two hours are left. */
  color: 'red' | 'green' | 'orange' | 'blue';
  /** Which phrase goes with the duration: time left, time overdue, or time taken. */
  phrase: 'left' | 'overdue' | 'took' | null;
  minutes: number | null;
}

const SOON_MINUTES = 120;

/** How an SLA clock reads: running with time left, running late, or stopped (met or breached). */
export function describeSla(c: SlaClockLike): SlaView {
  const running = c.minutesLeft != null;
  if (c.state === 'BREACHED')
    return running
      ? { color: 'red', phrase: 'overdue', minutes: Math.abs(c.minutesLeft!) }
      : { color: 'red', phrase: c.minutesTaken != null ? 'took' : null, minutes: c.minutesTaken ?? null };
  if (c.state === 'MET')
    return {
      color: 'green',
      phrase: c.minutesTaken != null ? 'took' : null,
      minutes: c.minutesTaken ?? null,
    };
  if (!running) return { color: 'blue', phrase: null, minutes: null };
  return {
    color: c.minutesLeft! < SOON_MINUTES ? 'orange' : 'blue',
    phrase: 'left',
    minutes: c.minutesLeft!,
  };
}

export type ComplaintStep = 'respond' | 'resolve' | 'close' | 'reopen' | 'assign';

/** The steps a complaint in `status` offers (the shared lifecycle), assignment only to managers. */
export function complaintSteps(status: ComplaintStatus, mayAssign: boolean): ComplaintStep[] {
  const steps: ComplaintStep[] = [];
  if (status === 'OPEN') steps.push('respond');
  if (status === 'OPEN' || status === 'IN_PROGRESS') steps.push('resolve');
  if (status === 'RESOLVED') steps.push('close', 'reopen');
  if (mayAssign && status !== 'CLOSED') steps.push('assign');
  return steps;
}

/** Where a fault ticket in `status` may go next (the shared lifecycle). */
export function faultSteps(status: FaultStatus): FaultStatus[] {
  switch (status) {
    case 'OPEN':
      return ['ASSIGNED'];
    case 'ASSIGNED':
      return ['ON_SITE', 'FIXED', 'ASSIGNED'];
    case 'ON_SITE':
      return ['FIXED', 'ASSIGNED'];
    case 'FIXED':
      return ['CLOSED', 'ON_SITE'];
    default:
      return [];
  }
}
