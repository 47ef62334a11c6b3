import { describe, expect, it } from 'vitest';
import { defaultCampaignYear, smsCount } from './sms.ts';

describe('greeting SMS', () => {
  it('counts characters (not UTF-16 units) and SMS parts', () => {
    expect(smsCount('')).toEqual({ chars: 0, parts: 0 });
    expect(smsCount('春节快乐')).toEqual({ chars: 4, parts: 1 });
    expect(smsCount('字'.repeat(70)).parts).toBe(1);
    expect(smsCount('字'.repeat(71)).parts).toBe(2);
    expect(smsCount('字'.repeat(335)).parts).toBe(5);
  });
  it('suggests next year for the Spring and Lantern festivals late in the year', () => {
    const nov = new Date(2026, 10, 29);
    expect(defaultCampaignYear('SPRING_FESTIVAL', nov)).toBe(2027);
    expect(defaultCampaignYear('MID_AUTUMN', nov)).toBe(2026);
    expect(defaultCampaignYear('SPRING_FESTIVAL', new Date(2027, 0, 5))).toBe(2027);
  });
});
