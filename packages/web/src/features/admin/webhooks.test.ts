import { describe, expect, it } from 'vitest';
import { eventName, replayable, urlProblem, WEBHOOK_EVENT_CHOICES } from './webhooks.ts';

describe('the webhooks page', () => {
  it('names events as the server sends them', () => {
    expect(WEBHOOK_EVENT_CHOICES.map(eventName)).toEqual([
      'merchant.tier_changed',
      'merchant.status_changed',
      'merchant.manager_changed',
      'complaint.sla_breached',
      'points.posted',
      'import.finished',
    ]);
  });

  it('takes http(s) URLs only', () => {
    expect(urlProblem('https://crm.example.com/hooks')).toBeNull();
    expect(urlProblem(' http://10.0.0.5:8080/h ')).toBeNull();
    expect(urlProblem('')).toBe('required');
    expect(urlProblem('crm.example.com/hooks')).toBe('invalid');
    expect(urlProblem('ftp://example.com/')).toBe('invalid');
    expect(urlProblem('javascript:alert(1)')).toBe('invalid');
  });

  it('replays a delivery that is done or failing, not one simply waiting', () => {
    expect(replayable({ status: 'pending', lastError: null })).toBe(false);
    expect(replayable({ status: 'pending', lastError: 'HTTP 500' })).toBe(true);
    expect(replayable({ status: 'delivered', lastError: null })).toBe(true);
    expect(replayable({ status: 'failed', lastError: 'HTTP 503' })).toBe(true);
  });
});
