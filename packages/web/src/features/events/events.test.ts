import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  acceptanceShare,
  chinaTime,
  eventInput,
  parseSegment,
  segmentInput,
  segmentLabel,
} from './events.ts';

describe('event segments', () => {
  it('reads the segment JSON, an unreadable one as the whole scope', () => {
    expect(parseSegment('{"tier":"KEY","branch":"西安分公司"}')).toEqual({
      tier: 'KEY',
      branch: '西安分公司',
    });
    expect(parseSegment('{}')).toEqual({});
    expect(parseSegment('not json')).toEqual({});
    expect(parseSegment('[1]')).toEqual({});
    expect(parseSegment(null)).toEqual({});
  });
  it('labels a segment in the UI language', () => {
    const seg = { tier: 'KEY', branch: '西安分公司', category: 'dining', potential: true };
    expect(segmentLabel(seg, 'zh')).toBe('重要客户 · 西安分公司 · 餐娱类 · 有升级潜力');
    expect(segmentLabel(seg, 'en')).toBe('Key · 西安分公司 · Dining & entertainment · With potential');
    expect(segmentLabel({ potential: false }, 'en')).toBe('Without potential');
    expect(segmentLabel({}, 'zh')).toBe('范围内全部商户');
  });
  it('builds the input: empty choices null, a club always for key customers', () => {
    expect(segmentInput('seminar', { category: 'dining', potential: 'no' })).toEqual({
      tier: null,
      branch: null,
      category: 'dining',
      potential: false,
    });
    expect(segmentInput('club', { tier: 'SMALL' }).tier).toBe('KEY');
    expect(segmentInput('training', { tier: 'SECONDARY', potential: 'yes' })).toMatchObject({
      tier: 'SECONDARY',
      potential: true,
    });
  });
  it('gives the share who said yes once anyone is invited', () => {
    expect(acceptanceShare({ invited: 8, accepted: 2 })).toBe(0.25);
    expect(acceptanceShare({ invited: 0, accepted: 0 })).toBeNull();
  });
  it('sends the picked start as China time', () => {
    expect(chinaTime('2026-12-13T14:00')).toBe('2026-12-13T14:00:00+08:00');
    expect(chinaTime('2026-12-13 09:30')).toBe('2026-12-13T09:30:00+08:00');
    expect(new Date(chinaTime('2026-12-13T14:00')).toISOString()).toBe('2026-12-13T06:00:00.000Z');
    expect(() => chinaTime('tomorrow')).toThrow();
  });
  it('makes the mutation input from the form: trimmed, China time, a club for key customers', () => {
    expect(
      eventInput({
        kind: 'club',
        title: '  新年酒会 ',
        startsAt: dayjs('2026-12-13T18:30'),
        location: ' ',
        tier: 'SMALL',
        branch: '西安分公司',
      }),
    ).toEqual({
      kind: 'club',
      title: '新年酒会',
      startsAt: '2026-12-13T18:30:00+08:00',
      location: null,
      segment: { tier: 'KEY', branch: '西安分公司', category: null, potential: null },
    });
  });
});
