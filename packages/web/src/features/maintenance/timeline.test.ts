import { describe, expect, it } from 'vitest';
import { translateCode } from '../../lib/i18n.ts';
import { describeEvent } from './timeline.ts';

const zh = (prefix: string, value: string) => translateCode('zh', prefix, value);
const en = (prefix: string, value: string) => translateCode('en', prefix, value);
const ev = (type: string, kind: string, summary: string, superseded = false) => ({
  type,
  kind,
  summary,
  superseded,
});

describe('timeline lines', () => {
  it('names an interaction by its kind with the outcome and notes', () => {
    expect(describeEvent(ev('INTERACTION', 'visit', 'reached · 无异常'), zh)).toEqual({
      title: '拜访',
      detail: '已联系 · 无异常',
      color: 'green',
    });
    expect(describeEvent(ev('INTERACTION', 'call', 'unreachable'), en)).toEqual({
      title: 'Phone call-back',
      detail: 'Unreachable',
      color: 'gray',
    });
    expect(describeEvent(ev('INTERACTION', 'visit', 'reached · a · b', true), en).detail).toBe(
      'Reached · a · b',
    );
    expect(describeEvent(ev('INTERACTION', 'visit', 'reached', true), en).color).toBe('gray');
  });
  it('shows tier changes with the tier names', () => {
    expect(describeEvent(ev('TIER', 'SECONDARY', '- → SECONDARY (2026-08)'), zh).detail).toBe(
      '– → 次要客户 (2026-08)',
    );
    expect(describeEvent(ev('TIER', 'KEY', 'SECONDARY → KEY (2026-10)'), en).detail).toBe(
      'Secondary → Key (2026-10)',
    );
  });
  it('reads status changes from their JSON', () => {
    const line = describeEvent(ev('STATUS', 'status', '{"status":{"from":"active","to":"dormant"}}'), zh);
    expect(line).toMatchObject({ title: '状态变更', detail: 'status: 正常 → 休眠' });
  });
  it('names a points entry’s change and the balance after it, and names complaints and faults in the user’s language', () => {
    expect(describeEvent(ev('POINTS', 'accrual', '88 → 88'), zh)).toMatchObject({
      title: '积分累计',
      detail: '+88 分 · 余额 88',
    });
    expect(describeEvent(ev('POINTS', 'redemption', '-50 → 38 · 兑换手提袋'), en)).toMatchObject({
      title: 'Redemption',
      detail: '-50 points · balance 38 · 兑换手提袋',
    });
    expect(describeEvent(ev('COMPLAINT', 'complaint:fee_dispute', 'open · 手续费'), en)).toMatchObject({
      title: 'Complaint or feedback · Complaint / Fee dispute',
      detail: 'Open · 手续费',
    });
    expect(describeEvent(ev('COMPLAINT', 'feedback:other', 'resolved · a · b'), zh).detail).toBe(
      '已解决 · a · b',
    );
    expect(describeEvent(ev('FAULT', 'on_site', '刷卡无响应'), zh)).toMatchObject({
      title: '故障工单 · 已到场',
      detail: '刷卡无响应',
    });
  });
});
