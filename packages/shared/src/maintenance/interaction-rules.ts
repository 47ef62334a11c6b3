import { businessToday } from '../period/business-day.ts';
import { daysBetween, isValidDate } from '../period/period.ts';
import type { Problem } from '../problems.ts';
import { INTERACTION_KINDS, INTERACTION_OUTCOMES } from './maintenance.ts';

// What makes an interaction worth recording (记录联系): the web's form checks it before sending, the
// server before writing, with this one function. A contact counts toward the KPIs only when it says
// how it went, so nothing here has a default that a user did not choose.

/** The fields of an interaction's input that a problem can name. */
export type InteractionField = 'kind' | 'occurredAt' | 'outcome' | 'notes' | 'nextFollowUp';

/** An interaction as a form or the API gives it: shared's codes (`visit`, `reached`), possibly incomplete. */
export interface InteractionDraft {
  kind?: string | null;
  /** When it happened; none means now, as the API defaults it. */
  occurredAt?: Date | null;
  outcome?: string | null;
  notes?: string | null;
  /** The follow-up date, YYYY-MM-DD; none for no follow-up. */
  nextFollowUp?: string | null;
}

/** A problem of an interaction's input, naming its field. */
export interface InteractionProblem extends Problem {
  field: InteractionField;
}

/**
 * The shortest note, in characters once trimmed: two say something (拜访, 巡店, "ok"); one (".",
 * "好") is a click to get past the form, and a blank note is the empty form the KPIs must not count.
 */
export const NOTES_MIN = 2;
/** The longest note, in characters. */
export const NOTES_MAX = 2000;
/** A device's clock may run this far ahead of the server's before a time counts as in the future. */
export const CLOCK_SLACK_MS = 5 * 60_000;
/** Contacts are recorded, and follow-ups set, at most this many days back or ahead. */
export const YEAR_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * Every problem of an interaction's input, in the form's order (kind, time, outcome, notes,
 * follow-up); empty when it may be recorded:
 * - a kind and an outcome chosen from the lists (`interaction.kindMissing`, `interaction.outcomeMissing`);
 * - a time that is a time, not in the future (beyond CLOCK_SLACK_MS) and at most a year back
 *   (`time.invalid`, `time.future`, `time.olderThanYear`);
 * - a note of NOTES_MIN..NOTES_MAX characters once trimmed (`interaction.notesMissing`, `text.tooLong`);
 * - a follow-up date that is a date, on or after the interaction's business day and within a year of
 *   it (`date.invalid`, `followUp.beforeInteraction`, `followUp.beyondYear`); a rescheduled contact
 *   (改约) must give it, for the new date is what rescheduling means (`interaction.rescheduleWithoutDate`).
 * Whether the merchant is in the user's scope and who the staff member is are the server's to check.
 */
export function interactionProblems(input: InteractionDraft, now: Date = new Date()): InteractionProblem[] {
  const out: InteractionProblem[] = [];
  const add = (field: InteractionField, code: Problem['code'], params?: Problem['params']) =>
    out.push(params ? { field, code, params } : { field, code });

  if (!(INTERACTION_KINDS as readonly unknown[]).includes(input.kind)) add('kind', 'interaction.kindMissing');

  const at = input.occurredAt ?? now;
  let day: string | null = null;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) add('occurredAt', 'time.invalid');
  else {
    if (at.getTime() > now.getTime() + CLOCK_SLACK_MS) add('occurredAt', 'time.future');
    else if (at.getTime() < now.getTime() - YEAR_DAYS * DAY_MS) add('occurredAt', 'time.olderThanYear');
    // The follow-up is held against the day given, even one out of range: both are worth saying.
    day = businessToday(at);
  }

  if (!(INTERACTION_OUTCOMES as readonly unknown[]).includes(input.outcome))
    add('outcome', 'interaction.outcomeMissing');

  const notes = [...(input.notes ?? '').trim()].length;
  if (notes < NOTES_MIN) add('notes', 'interaction.notesMissing', { min: NOTES_MIN });
  else if (notes > NOTES_MAX) add('notes', 'text.tooLong', { max: NOTES_MAX });

  const followUp = input.nextFollowUp?.trim() || null;
  if (followUp === null) {
    if (input.outcome === 'rescheduled') add('nextFollowUp', 'interaction.rescheduleWithoutDate');
  } else if (!isValidDate(followUp)) add('nextFollowUp', 'date.invalid');
  else if (day !== null) {
    const ahead = daysBetween(day, followUp);
    if (ahead < 0) add('nextFollowUp', 'followUp.beforeInteraction');
    else if (ahead > YEAR_DAYS) add('nextFollowUp', 'followUp.beyondYear');
  }
  return out;
}
