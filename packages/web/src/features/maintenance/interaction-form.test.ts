import { CombinedGraphQLErrors } from '@apollo/client';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fieldProblems } from '../../lib/field-errors.ts';
import {
  canConfirmContact,
  INTERACTION_FIELDS,
  type InteractionFormValues,
  interactionDraft,
  interactionFieldMessage,
  interactionInput,
} from './interaction-form.ts';

const NOW = new Date('2026-11-20T06:00:00Z');
// The dialog as it opens from 记录联系: a visit, now, and nothing else.
const OPENED: InteractionFormValues = { kind: 'VISIT', occurredAt: dayjs(NOW) };
const messages = (v: InteractionFormValues, lang: 'zh' | 'en') =>
  Object.fromEntries(
    INTERACTION_FIELDS.map((f) => [f, interactionFieldMessage(v, f, lang, NOW)]).filter(([, m]) => m),
  );

describe('the 记录联系 form by the shared rule', () => {
  it('refuses the dialog as it opens, under the outcome and the notes, in the user’s language', () => {
    expect(messages(OPENED, 'zh')).toEqual({ outcome: '请选择联系结果', notes: '请填写备注（至少 2 个字）' });
    expect(messages(OPENED, 'en')).toEqual({
      outcome: 'choose the outcome',
      notes: 'write a note of at least 2 characters',
    });
    expect(messages({}, 'en').kind).toBe('choose how the merchant was contacted');
  });

  it('lets a contact with its outcome and a note through, and asks a rescheduled one for its date', () => {
    const done = { ...OPENED, outcome: 'REACHED', notes: '  季度回顾  ' } as const;
    expect(messages(done, 'zh')).toEqual({});
    expect(messages({ ...done, outcome: 'RESCHEDULED' }, 'zh')).toEqual({
      nextFollowUp: '改约须填写约定的新日期',
    });
    expect(messages({ ...done, outcome: 'RESCHEDULED', nextFollowUp: dayjs('2026-11-19') }, 'en')).toEqual({
      nextFollowUp: 'on or after the interaction',
    });
  });

  it('reads the values as the rule and the API do: shared codes, the follow-up as a date, the note trimmed', () => {
    const v: InteractionFormValues = {
      kind: 'FAULT_HANDLING',
      occurredAt: dayjs(NOW),
      outcome: 'ISSUE_FOUND',
      notes: ' 打印机卡纸 ',
      nextFollowUp: dayjs('2026-11-27T10:00:00'),
    };
    expect(interactionDraft(v)).toEqual({
      kind: 'fault_handling',
      occurredAt: NOW,
      outcome: 'issue_found',
      notes: ' 打印机卡纸 ',
      nextFollowUp: '2026-11-27',
    });
    expect(interactionInput('898610000000001', v)).toEqual({
      mid: '898610000000001',
      kind: 'FAULT_HANDLING',
      outcome: 'ISSUE_FOUND',
      occurredAt: NOW.toISOString(),
      notes: '打印机卡纸',
      nextFollowUp: '2026-11-27',
      contactConfirmed: null,
    });
    // A visit or call that reached the merchant may confirm its contact data; this one says so.
    expect(
      interactionInput('898610000000001', { ...v, kind: 'VISIT', contactConfirmed: true }).contactConfirmed,
    ).toBe(true);
    expect(canConfirmContact({ kind: 'VISIT', outcome: 'REACHED' })).toBe(true);
    expect(canConfirmContact({ kind: 'SMS', outcome: 'REACHED' })).toBe(false);
    expect(canConfirmContact({ kind: 'CALL', outcome: 'UNREACHABLE' })).toBe(false);
    expect(() => interactionInput('898610000000001', OPENED)).toThrow();
  });

  it('shows the server’s answer to the same problem under the same field, in the same words', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'notes: write a note of at least 2 characters',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'notes',
                message: 'write a note of at least 2 characters',
                code: 'interaction.notesMissing',
                params: { min: 2 },
              },
            ],
          },
        },
      ],
    });
    expect(fieldProblems(error, INTERACTION_FIELDS, 'zh').fields).toEqual([
      { field: 'notes', message: messages(OPENED, 'zh').notes },
    ]);
  });
});
