import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldProblems, ruleWords } from './field-errors.ts';

const gqlError = (errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

describe('field problems from a mutation error', () => {
  it('puts each listed field beside its input and the rest in an alert', () => {
    const error = gqlError([
      {
        message: 'occurredAt: cannot be in the future; mid: no merchant 1',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'occurredAt',
          fields: [
            { field: 'occurredAt', message: 'cannot be in the future' },
            { field: 'mid', message: 'no merchant 1' },
          ],
        },
      },
    ]);
    expect(fieldProblems(error, ['occurredAt', 'notes'], 'en')).toEqual({
      fields: [{ field: 'occurredAt', message: 'cannot be in the future' }],
      other: ['mid: no merchant 1'],
    });
  });
  it('reads a single field and nested names', () => {
    const error = gqlError([
      { message: 'segment.period: a tier segment needs its period', extensions: { field: 'segment.period' } },
    ]);
    expect(fieldProblems(error, ['period'], 'en')).toEqual({
      fields: [{ field: 'period', message: 'a tier segment needs its period' }],
      other: [],
    });
  });
  it('words a coded problem in the user’s language, whatever the English says', () => {
    const error = gqlError([
      {
        message: 'receivedAt: more than 30 days ago; mid: no merchant 1',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'receivedAt', message: 'anything', code: 'time.olderThanDays', params: { days: 30 } },
            { field: 'mid', message: 'no merchant 1' },
          ],
        },
      },
    ]);
    expect(fieldProblems(error, ['receivedAt'], 'zh')).toEqual({
      fields: [{ field: 'receivedAt', message: '不能早于 30 天前' }],
      other: ['mid: no merchant 1'],
    });
    expect(fieldProblems(error, ['receivedAt'], 'en').fields).toEqual([
      { field: 'receivedAt', message: 'more than 30 days ago' },
    ]);
  });
  it('words a refusal by the permission it names', () => {
    const error = gqlError([
      {
        message: 'Your role may not change complaints',
        extensions: { code: 'FORBIDDEN', permission: 'handleComplaint' },
      },
    ]);
    expect(fieldProblems(error, [], 'zh').other).toEqual(['您的角色不能处理投诉']);
    expect(fieldProblems(error, [], 'en').other).toEqual(['Your role may not change complaints']);
  });
  it('keeps errors without fields, and network errors, as messages', () => {
    expect(fieldProblems(gqlError([{ message: 'Your role may not do this' }]), ['kind'], 'en').other).toEqual(
      ['Your role may not do this'],
    );
    expect(fieldProblems(new Error('Failed to fetch'), ['kind'], 'en').other).toEqual(['Failed to fetch']);
  });
  it('words a shared rule’s problems with one field, or none', () => {
    const problems = [
      { field: 'notes', code: 'interaction.notesMissing', params: { min: 2 } },
      { field: 'occurredAt', code: 'time.future' },
      { field: 'occurredAt', code: 'time.olderThanYear' },
    ] as const;
    expect(ruleWords('zh', problems, 'notes')).toBe('请填写备注（至少 2 个字）');
    expect(ruleWords('en', problems, 'occurredAt')).toBe('cannot be in the future; more than a year ago');
    expect(ruleWords('zh', problems, 'occurredAt')).toBe('不能晚于现在；不能早于一年前');
    expect(ruleWords<string>('en', problems, 'kind')).toBeNull();
  });
});
