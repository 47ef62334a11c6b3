// Pure shaping of the service desk's data: how an SLA clock reads.
import type { SlaState } from '../../gql/graphql.ts';

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
