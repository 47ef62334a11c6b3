import { describe, expect, it } from 'vitest';
import { describeSla } from './sla.ts';

describe('SLA clocks', () => {
  it('shows time left while running, orange in the last two hours', () => {
    expect(describeSla({ state: 'RUNNING', minutesLeft: 600, minutesTaken: null })).toEqual({
      color: 'blue',
      phrase: 'left',
      minutes: 600,
    });
    expect(describeSla({ state: 'RUNNING', minutesLeft: 90, minutesTaken: null }).color).toBe('orange');
  });
  it('is red once breached: overdue while running, time taken once stopped', () => {
    expect(describeSla({ state: 'BREACHED', minutesLeft: -75, minutesTaken: null })).toEqual({
      color: 'red',
      phrase: 'overdue',
      minutes: 75,
    });
    expect(describeSla({ state: 'BREACHED', minutesLeft: null, minutesTaken: 1600 })).toEqual({
      color: 'red',
      phrase: 'took',
      minutes: 1600,
    });
  });
  it('is green when met', () => {
    expect(describeSla({ state: 'MET', minutesLeft: null, minutesTaken: 42 })).toEqual({
      color: 'green',
      phrase: 'took',
      minutes: 42,
    });
  });
});
