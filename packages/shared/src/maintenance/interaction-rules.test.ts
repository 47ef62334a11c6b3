import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessToday } from '../period/business-day.ts';
import { addDays } from '../period/period.ts';
import { isProblemCode, problemText } from '../problems.ts';
import { INTERACTION_INPUT_PROBLEMS } from './interaction-problems.ts';
import {
  CLOCK_SLACK_MS,
  type InteractionDraft,
  interactionProblems,
  NOTES_MAX,
  NOTES_MIN,
} from './interaction-rules.ts';
import { INTERACTION_KINDS, INTERACTION_OUTCOMES } from './maintenance.ts';

const NOW = new Date('2026-11-20T06:00:00Z'); // 14:00 in Shanghai
const TODAY = businessToday(NOW);
const OK: InteractionDraft = { kind: 'visit', outcome: 'reached', notes: '季度回顾，商户满意' };
const problems = (d: InteractionDraft) =>
  interactionProblems(d, NOW).map((p) => [p.field, p.code, ...(p.params ? [p.params] : [])]);

describe('interactionProblems', () => {
  it('accepts a contact that says what it was, how it went and what was said', () => {
    expect(interactionProblems(OK, NOW)).toEqual([]);
    expect(interactionProblems({ ...OK, occurredAt: NOW, nextFollowUp: addDays(TODAY, 7) }, NOW)).toEqual([]);
  });

  it('refuses the empty form: no kind, no outcome, no note, each named by its field', () => {
    expect(problems({})).toEqual([
      ['kind', 'interaction.kindMissing'],
      ['outcome', 'interaction.outcomeMissing'],
      ['notes', 'interaction.notesMissing', { min: NOTES_MIN }],
    ]);
    expect(problems({ kind: 'VISIT', outcome: 'REACHED', notes: '季度回顾' })).toEqual([
      ['kind', 'interaction.kindMissing'],
      ['outcome', 'interaction.outcomeMissing'],
    ]);
  });

  it(`wants a note of ${NOTES_MIN}..${NOTES_MAX} characters once trimmed, counting characters not UTF-16 units`, () => {
    for (const notes of [null, '', '   ', '\n\t', '好', ' . '])
      expect(problems({ ...OK, notes }), JSON.stringify(notes)).toEqual([
        ['notes', 'interaction.notesMissing', { min: 2 }],
      ]);
    for (const notes of ['巡店', 'ok', ' 巡店 ', '👍👍', 'x'.repeat(NOTES_MAX), '字'.repeat(NOTES_MAX)])
      expect(problems({ ...OK, notes }), notes).toEqual([]);
    expect(problems({ ...OK, notes: `${'x'.repeat(NOTES_MAX)} ` })).toEqual([]);
    expect(problems({ ...OK, notes: '😀'.repeat(NOTES_MAX) })).toEqual([]);
    expect(problems({ ...OK, notes: 'x'.repeat(NOTES_MAX + 1) })).toEqual([
      ['notes', 'text.tooLong', { max: NOTES_MAX }],
    ]);
  });

  it('wants a time that happened, within the last year, allowing a clock a little ahead', () => {
    const at = (ms: number) => problems({ ...OK, occurredAt: new Date(NOW.getTime() + ms) });
    expect(at(CLOCK_SLACK_MS)).toEqual([]);
    expect(at(CLOCK_SLACK_MS + 1)).toEqual([['occurredAt', 'time.future']]);
    expect(at(-365 * 86_400_000)).toEqual([]);
    expect(at(-367 * 86_400_000)).toEqual([['occurredAt', 'time.olderThanYear']]);
    expect(problems({ ...OK, occurredAt: new Date('not a time') })).toEqual([['occurredAt', 'time.invalid']]);
    expect(problems({ ...OK, occurredAt: null })).toEqual([]);
  });

  it('holds the follow-up date to the business day of the contact, and within a year of it', () => {
    // 01:30 on 2026-11-02 in Shanghai is still 2026-11-01 in UTC: the business day is the 2nd.
    const lateNight = new Date('2026-11-01T17:30:00Z');
    const follow = (nextFollowUp: string, occurredAt = lateNight) =>
      problems({ ...OK, occurredAt, nextFollowUp });
    expect(follow('2026-11-01')).toEqual([['nextFollowUp', 'followUp.beforeInteraction']]);
    expect(follow('2026-11-02')).toEqual([]);
    expect(follow(addDays('2026-11-02', 366))).toEqual([]);
    expect(follow(addDays('2026-11-02', 367))).toEqual([['nextFollowUp', 'followUp.beyondYear']]);
    for (const bad of ['2026-02-30', '20261102', 'tomorrow'])
      expect(follow(bad), bad).toEqual([['nextFollowUp', 'date.invalid']]);
    // A contact in the past may set a follow-up that is already past too: it is then overdue.
    expect(follow(addDays(TODAY, -10), new Date(NOW.getTime() - 20 * 86_400_000))).toEqual([]);
    // A time out of range is named, and the follow-up still held against it.
    expect(follow('2020-01-01', new Date(NOW.getTime() + 86_400_000))).toEqual([
      ['occurredAt', 'time.future'],
      ['nextFollowUp', 'followUp.beforeInteraction'],
    ]);
  });

  it('asks a rescheduled contact for its new date, and no other outcome for one', () => {
    expect(problems({ ...OK, outcome: 'rescheduled' })).toEqual([
      ['nextFollowUp', 'interaction.rescheduleWithoutDate'],
    ]);
    expect(problems({ ...OK, outcome: 'rescheduled', nextFollowUp: '  ' })).toEqual([
      ['nextFollowUp', 'interaction.rescheduleWithoutDate'],
    ]);
    expect(problems({ ...OK, outcome: 'rescheduled', nextFollowUp: addDays(TODAY, 3) })).toEqual([]);
    for (const outcome of INTERACTION_OUTCOMES.filter((o) => o !== 'rescheduled'))
      expect(problems({ ...OK, outcome }), outcome).toEqual([]);
  });

  it('names each field at most once, in the form’s order, with codes the problem table words', () => {
    const order = ['kind', 'occurredAt', 'outcome', 'notes', 'nextFollowUp'];
    const text = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('巡店', '  ', 'x'.repeat(2001)),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            kind: fc.oneof(fc.constantFrom(...INTERACTION_KINDS), text),
            outcome: fc.oneof(fc.constantFrom(...INTERACTION_OUTCOMES), text),
            notes: text,
            occurredAt: fc.oneof(
              fc.constant(null),
              fc.date({ min: new Date(2024, 0, 1), max: new Date(2028, 0, 1) }),
            ),
            nextFollowUp: fc.oneof(
              text,
              fc.integer({ min: -400, max: 400 }).map((d) => addDays(TODAY, d)),
            ),
          },
          { requiredKeys: [] },
        ),
        (draft) => {
          const found = interactionProblems(draft, NOW);
          const fields = found.map((p) => p.field);
          expect(new Set(fields).size).toBe(fields.length);
          expect([...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(fields);
          for (const p of found) {
            expect(isProblemCode(p.code)).toBe(true);
            expect(problemText('zh', p.code, p.params)).not.toMatch(/\{\w+\}/);
            expect(problemText('en', p.code, p.params)).not.toMatch(/\{\w+\}/);
          }
        },
      ),
    );
  });

  it('accepts every complete contact: a kind, an outcome, a note, a time in range, a follow-up in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTERACTION_KINDS),
        fc.constantFrom(...INTERACTION_OUTCOMES),
        fc.string({ minLength: NOTES_MIN, maxLength: 40 }).filter((s) => [...s.trim()].length >= NOTES_MIN),
        fc.integer({ min: 0, max: 360 }),
        fc.integer({ min: 0, max: 366 }),
        (kind, outcome, notes, daysAgo, followIn) => {
          const occurredAt = new Date(NOW.getTime() - daysAgo * 86_400_000);
          const nextFollowUp = addDays(businessToday(occurredAt), followIn);
          expect(interactionProblems({ kind, outcome, notes, occurredAt, nextFollowUp }, NOW)).toEqual([]);
        },
      ),
    );
  });
});

describe('INTERACTION_INPUT_PROBLEMS', () => {
  it('is part of the one problem table, so the web and the server word its codes', () => {
    for (const code of Object.keys(INTERACTION_INPUT_PROBLEMS)) expect(isProblemCode(code), code).toBe(true);
    expect(problemText('zh', 'interaction.notesMissing', { min: 2 })).toBe('请填写备注（至少 2 个字）');
    expect(problemText('en', 'interaction.outcomeMissing')).toBe('choose the outcome');
  });
});
