import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../period/period.ts';
import { problemText } from '../problems.ts';
import {
  cadenceProblems,
  cadenceTier,
  countsToward,
  DEFAULT_CADENCE,
  kpiGroup,
  lastCountingContact,
  nextDue,
  renderTemplate,
  requiredContacts,
  reverifyDue,
  rulesFor,
  taskState,
  templateProblems,
} from './maintenance.ts';

describe('cadence', () => {
  it('follows docs/domain.md §4: key visit monthly and call fortnightly, small by message', () => {
    expect(rulesFor(DEFAULT_CADENCE, 'KEY', false).map((r) => [r.channel, r.everyDays])).toEqual([
      ['visit', 30],
      ['call', 14],
    ]);
    expect(rulesFor(DEFAULT_CADENCE, 'SECONDARY', false).map((r) => [r.channel, r.everyDays])).toEqual([
      ['visit', 91],
      ['call', 30],
    ]);
    expect(rulesFor(DEFAULT_CADENCE, 'ORDINARY', false).map((r) => r.channel)).toEqual(['call']);
    expect(rulesFor(DEFAULT_CADENCE, 'SMALL', false).map((r) => r.channel)).toEqual(['message']);
    expect(cadenceProblems(DEFAULT_CADENCE)).toEqual([]);
  });

  it('gives merchants with upgrade potential one step more', () => {
    expect(cadenceTier('SMALL', true)).toBe('ORDINARY');
    expect(cadenceTier('ORDINARY', true)).toBe('SECONDARY');
    expect(cadenceTier('KEY', true)).toBe('KEY');
    expect(cadenceTier('ORDINARY', false)).toBe('ORDINARY');
    expect(rulesFor(DEFAULT_CADENCE, 'SMALL', true)).toEqual(rulesFor(DEFAULT_CADENCE, 'ORDINARY', false));
  });

  it('names every problem of a bad policy', () => {
    expect(
      cadenceProblems([
        { tier: 'KEY', channel: 'visit', everyDays: 0, satisfiedBy: [] },
        { tier: 'KEY', channel: 'visit', everyDays: 30, satisfiedBy: ['fax' as never] },
      ]),
    ).toEqual([
      'rules[0].everyDays: a whole number of days from 1 to 730',
      'rules[0].satisfiedBy: name at least one interaction kind',
      'rules[1].satisfiedBy: unknown interaction kind "fax"',
      'rules[1]: a second visit rule for KEY',
    ]);
  });

  it('is due every N days after the last contact, or after onboarding', () => {
    expect(nextDue('2026-10-28', '2024-03-15', 30)).toBe('2026-11-27');
    expect(nextDue(null, '2024-03-15', 30)).toBe('2024-04-14');
  });

  it('counts toward a rule only the kinds it names, when they reached the merchant', () => {
    const call = DEFAULT_CADENCE.find((r) => r.tier === 'KEY' && r.channel === 'call')!;
    const contacts = [
      { kind: 'visit', outcome: 'reached', day: '2026-10-03' },
      { kind: 'call', outcome: 'issue_found', day: '2026-10-20' },
      { kind: 'call', outcome: 'unreachable', day: '2026-11-02' },
      { kind: 'sms', outcome: 'reached', day: '2026-11-05' },
    ] as const;
    expect(countsToward(call, contacts[0])).toBe(true);
    expect(countsToward(call, contacts[2])).toBe(false);
    expect(countsToward(call, contacts[3])).toBe(false);
    expect(lastCountingContact(contacts, call)).toBe('2026-10-20');
    expect(lastCountingContact([], call)).toBeNull();
  });

  it('classifies open tasks against today', () => {
    expect(taskState('open', '2026-11-27', '2026-11-28')).toBe('OVERDUE');
    expect(taskState('open', '2026-11-28', '2026-11-28')).toBe('DUE');
    expect(taskState('open', '2026-12-05', '2026-11-28')).toBe('DUE');
    expect(taskState('open', '2026-12-06', '2026-11-28')).toBe('UPCOMING');
    expect(taskState('done', '2020-01-01', '2026-11-28')).toBe('DONE');
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (d) => {
        const s = taskState('open', addDays('2026-11-28', d), '2026-11-28');
        return s === (d < 0 ? 'OVERDUE' : d <= 7 ? 'DUE' : 'UPCOMING');
      }),
    );
  });

  it('asks for re-verification 12 months on, 29 February included', () => {
    expect(reverifyDue('2025-06-30', '2020-01-01')).toBe('2026-06-30');
    expect(reverifyDue(null, '2024-02-29')).toBe('2025-02-28');
  });

  it('requires ⌊days/every⌋ contacts in a period, at least one', () => {
    expect(requiredContacts(31, 14)).toBe(2);
    expect(requiredContacts(31, 30)).toBe(1);
    expect(requiredContacts(30, 91)).toBe(1);
    expect(requiredContacts(92, 30)).toBe(3);
  });

  it('groups kinds into the seed KPIs', () => {
    expect([kpiGroup('visit'), kpiGroup('call'), kpiGroup('wechat'), kpiGroup('greeting')]).toEqual([
      'visit',
      'call',
      'other',
      'other',
    ]);
  });
});

describe('greeting templates', () => {
  it('renders the placeholders', () => {
    expect(
      renderTemplate('{商户名称}您好！{客户经理}祝您{节日}快乐。', {
        商户名称: '秦味面馆',
        客户经理: '王丽',
        节日: '中秋',
      }),
    ).toBe('秦味面馆您好！王丽祝您中秋快乐。');
    expect(renderTemplate('{联系人}先生', { 联系人: null })).toBe('先生');
  });

  it('refuses unknown placeholders, lone braces, empty and over-long text', () => {
    const [unknown] = templateProblems('{商户}好');
    expect(problemText('en', unknown!.code, unknown!.params)).toMatch(
      /^unknown placeholder \{商户\}; use \{商户名称\}/,
    );
    expect(problemText('zh', unknown!.code, unknown!.params)).toMatch(
      /^未知的占位符 \{商户\}，可用：\{商户名称\}/,
    );
    expect(templateProblems('您好 {商户名称')).toEqual([{ code: 'template.unpairedBrace' }]);
    expect(templateProblems('  ')).toEqual([{ code: 'template.empty' }]);
    expect(templateProblems('好'.repeat(335))).toEqual([]);
    expect(templateProblems('好'.repeat(336))).toEqual([{ code: 'template.tooLong', params: { max: 335 } }]);
    expect(templateProblems('{商户名称}，{节日}快乐')).toEqual([]);
  });
});
