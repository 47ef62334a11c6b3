import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldProblems } from './field-errors.ts';

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
    expect(fieldProblems(error, ['occurredAt', 'notes'])).toEqual({
      fields: [{ field: 'occurredAt', message: 'cannot be in the future' }],
      other: ['mid: no merchant 1'],
    });
  });
  it('reads a single field and nested names', () => {
    const error = gqlError([
      { message: 'segment.period: a tier segment needs its period', extensions: { field: 'segment.period' } },
    ]);
    expect(fieldProblems(error, ['period'])).toEqual({
      fields: [{ field: 'period', message: 'a tier segment needs its period' }],
      other: [],
    });
  });
  it('keeps errors without fields, and network errors, as messages', () => {
    expect(fieldProblems(gqlError([{ message: 'Your role may not do this' }]), ['kind']).other).toEqual([
      'Your role may not do this',
    ]);
    expect(fieldProblems(new Error('Failed to fetch'), ['kind']).other).toEqual(['Failed to fetch']);
  });
});
