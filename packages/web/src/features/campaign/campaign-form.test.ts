import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { campaignInput, HOLIDAYS, holidayName } from './campaign-form.ts';

describe('the campaign form', () => {
  it('offers the holidays of packages/shared, named in Chinese in the SMS', () => {
    expect(HOLIDAYS[0]).toBe('SPRING_FESTIVAL');
    expect(holidayName('MID_AUTUMN')).toBe('中秋');
  });
  it('leaves empty choices out and reads a tier in the given period', () => {
    const base = {
      holiday: 'LANTERN' as const,
      year: 2027,
      sendOn: dayjs('2027-02-01'),
      template: '{节日}快乐',
    };
    expect(campaignInput({ ...base, name: '  ' }, '2026-11')).toEqual({
      holiday: 'LANTERN',
      year: 2027,
      sendOn: '2027-02-01',
      name: null,
      template: '{节日}快乐',
      segment: { tier: null, period: null, branch: null, category: null, potential: null },
    });
    expect(campaignInput({ ...base, tier: 'KEY', potential: 'no' }, '2026-11').segment).toEqual({
      tier: 'KEY',
      period: '2026-11',
      branch: null,
      category: null,
      potential: false,
    });
  });
});
