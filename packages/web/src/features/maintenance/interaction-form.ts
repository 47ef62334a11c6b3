import {
  type InteractionDraft,
  type InteractionField,
  interactionProblems,
} from '@cornerstone/shared/maintenance/interaction-rules';
import type { Dayjs } from 'dayjs';
import type { InteractionInput, InteractionKind, InteractionOutcome } from '../../gql/graphql.ts';
import { sharedCode } from '../../lib/codes.ts';
import { ruleWords } from '../../lib/field-errors.ts';
import type { Lang } from '../../lib/i18n.ts';

// 记录联系 as its form holds it, and as the shared rule (interaction-rules.ts) and the API read it.

/** The form's values: nothing is there until the user puts it there, but the kind and the time. */
export interface InteractionFormValues {
  kind?: InteractionKind | null;
  occurredAt?: Dayjs | null;
  outcome?: InteractionOutcome | null;
  notes?: string | null;
  nextFollowUp?: Dayjs | null;
  /** The contact confirmed the merchant's contact data: it answers the re-verification too. */
  contactConfirmed?: boolean | null;
}

/** The form's fields in its order, as the rule and the server name them. */
export const INTERACTION_FIELDS = [
  'kind',
  'occurredAt',
  'outcome',
  'notes',
  'nextFollowUp',
] as const satisfies readonly InteractionField[];

/** The values as the shared rule reads them (shared's lower-case codes; the follow-up as a date). */
export function interactionDraft(v: InteractionFormValues): InteractionDraft {
  return {
    kind: v.kind ? sharedCode(v.kind) : null,
    occurredAt: v.occurredAt ? v.occurredAt.toDate() : null,
    outcome: v.outcome ? sharedCode(v.outcome) : null,
    notes: v.notes ?? null,
    nextFollowUp: v.nextFollowUp ? v.nextFollowUp.format('YYYY-MM-DD') : null,
  };
}

/** What the form shows under `field`, in the user's language: the shared rule's words, or null. */
export function interactionFieldMessage(
  v: InteractionFormValues,
  field: InteractionField,
  lang: Lang,
  now = new Date(),
): string | null {
  return ruleWords(lang, interactionProblems(interactionDraft(v), now), field);
}

/** The mutation's input from values the rule accepted. */
export function interactionInput(mid: string, v: InteractionFormValues): InteractionInput {
  if (!v.kind || !v.outcome)
    throw new Error('interactionInput: the rule lets no interaction through without these');
  return {
    mid,
    kind: v.kind,
    outcome: v.outcome,
    occurredAt: v.occurredAt ? v.occurredAt.toISOString() : null,
    notes: v.notes?.trim() || null,
    nextFollowUp: v.nextFollowUp ? v.nextFollowUp.format('YYYY-MM-DD') : null,
    contactConfirmed: v.contactConfirmed ? true : null,
  };
}

/** A contact that reached the merchant in person or by phone can confirm its contact data. */
export function canConfirmContact(v: Pick<InteractionFormValues, 'kind' | 'outcome'>): boolean {
  return (
    (v.kind === 'VISIT' || v.kind === 'CALL') && (v.outcome === 'REACHED' || v.outcome === 'ISSUE_FOUND')
  );
}
