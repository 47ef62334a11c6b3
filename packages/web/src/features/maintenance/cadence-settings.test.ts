import { describe, expect, it } from 'vitest';
import type { CadenceRuleInput } from '../../gql/graphql.ts';
import { cadenceRows, policyWithTier } from './cadence-settings.ts';

const POLICY: CadenceRuleInput[] = [
  { tier: 'KEY', channel: 'VISIT', everyDays: 30, satisfiedBy: ['VISIT'] },
  { tier: 'KEY', channel: 'CALL', everyDays: 14, satisfiedBy: ['CALL', 'VISIT'] },
  { tier: 'SECONDARY', channel: 'VISIT', everyDays: 91, satisfiedBy: ['VISIT'] },
  { tier: 'SMALL', channel: 'MESSAGE', everyDays: 91, satisfiedBy: ['SMS', 'WECHAT'] },
];

describe('the cadence settings table', () => {
  it('shows one row per tier, top first, with the step up that upgrade potential gives', () => {
    const rows = cadenceRows(POLICY);
    expect(rows.map((r) => [r.tier, r.VISIT, r.CALL, r.MESSAGE, r.potentialTier])).toEqual([
      ['KEY', 30, 14, null, null],
      ['SECONDARY', 91, null, null, 'KEY'],
      ['ORDINARY', null, null, null, 'SECONDARY'],
      ['SMALL', null, null, 91, 'ORDINARY'],
    ]);
  });

  it('replaces one tier’s rules, keeps what counts toward them, and names the edited fields', () => {
    const { rules, channelOf } = policyWithTier(POLICY, 'KEY', { VISIT: 45, CALL: null, MESSAGE: 60 });
    expect(rules).toEqual([
      POLICY[2],
      POLICY[3],
      { tier: 'KEY', channel: 'VISIT', everyDays: 45, satisfiedBy: ['VISIT'] },
      // A channel the tier did not ask for counts what the default policy counts toward it.
      {
        tier: 'KEY',
        channel: 'MESSAGE',
        everyDays: 60,
        satisfiedBy: ['SMS', 'WECHAT', 'EMAIL', 'GREETING', 'CALL', 'VISIT'],
      },
    ]);
    expect(channelOf.get('rules[2].everyDays')).toBe('VISIT');
    expect(channelOf.get('rules[3]')).toBe('MESSAGE');
    expect(channelOf.has('rules[0].everyDays')).toBe(false);
  });

  it('sends the rules without the __typename the query answered with', () => {
    const read = POLICY.map((r) => ({ ...r, __typename: 'CadenceRule' as const }));
    const { rules } = policyWithTier(read, 'SMALL', { VISIT: null, CALL: null, MESSAGE: 91 });
    expect(rules.every((r) => !('__typename' in r))).toBe(true);
  });
});
