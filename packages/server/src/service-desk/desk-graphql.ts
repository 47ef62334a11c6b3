import { slaClock } from '@cornerstone/shared/service-desk/service-desk';
import { type SlaClockType, SlaStateEnum } from './sla.types.ts';

export const clock = (start: Date, due: Date, stoppedAt: Date | null): SlaClockType => {
  const c = slaClock(start, due, stoppedAt, new Date());
  return { ...c, state: c.state as SlaStateEnum, dueAt: due };
};
