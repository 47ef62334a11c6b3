import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  complaintSteps,
  FAULT_STATUSES,
  faultStep,
  faultSteps,
} from './lifecycle.ts';

describe('lifecycle steps', () => {
  it('offers the complaint steps of its status', () => {
    expect(complaintSteps('OPEN', false)).toEqual(['respond', 'resolve']);
    expect(complaintSteps('IN_PROGRESS', true)).toEqual(['resolve', 'assign']);
    expect(complaintSteps('RESOLVED', false)).toEqual(['close', 'reopen']);
    expect(complaintSteps('CLOSED', true)).toEqual([]);
  });
  it('moves fault tickets along the shared lifecycle', () => {
    expect(faultSteps('OPEN')).toEqual(['ASSIGNED']);
    expect(faultSteps('ASSIGNED')).toEqual(['ON_SITE', 'FIXED', 'ASSIGNED']);
    expect(faultSteps('ON_SITE')).toEqual(['FIXED', 'ASSIGNED']);
    expect(faultSteps('FIXED')).toEqual(['CLOSED', 'ASSIGNED']);
    expect(faultSteps('CLOSED')).toEqual([]);
  });
  it('names the move back from fixed a reopen, every other move by where it goes', () => {
    expect(faultSteps('FIXED').map((to) => faultStep('FIXED', to))).toEqual(['CLOSED', 'REOPEN']);
    expect(faultStep('ON_SITE', 'ASSIGNED')).toBe('ASSIGNED');
    expect(faultStep('ASSIGNED', 'FIXED')).toBe('FIXED');
  });
});

describe('codes from shared', () => {
  it('spells shared codes as the API enums', () => {
    expect(COMPLAINT_STATUSES).toEqual(['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
    expect(FAULT_STATUSES).toEqual(['OPEN', 'ASSIGNED', 'ON_SITE', 'FIXED', 'CLOSED']);
    expect(COMPLAINT_CHANNELS).toContain('HOTLINE');
  });
});
