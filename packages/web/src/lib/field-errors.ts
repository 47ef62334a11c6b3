import { CombinedGraphQLErrors } from '@apollo/client';
import { isProblemCode, type Problem, problemText } from '@cornerstone/shared/problems';
import { PERMISSION_WORDS, PERMISSIONS } from '@cornerstone/shared/roles/permissions';
import type { FormInstance } from 'antd';
import type { Lang } from './i18n.ts';

/** A field's problem as the server reports it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

/**
 * The words of a problem in the user's language: by its code (packages/shared/src/problems.ts),
 * never by the server's English; a problem without a code (it names the case, e.g. "no merchant
 * 123") is shown as the server words it.
 */
export function problemWords(lang: Lang, p: Pick<FieldProblem, 'message' | 'code' | 'params'>): string {
  return isProblemCode(p.code) ? problemText(lang, p.code, p.params) : p.message;
}

/**
 * The words of a shared rule's problems with one field, in the user's language, or null when it has
 * none: a form's validator shows, before sending, what the server would answer, by the same codes.
 */
export function ruleWords<F extends string>(
  lang: Lang,
  problems: readonly (Problem & { field: F })[],
  field: F,
): string | null {
  const words = problems.filter((p) => p.field === field).map((p) => problemText(lang, p.code, p.params));
  return words.length ? words.join(lang === 'zh' ? '；' : '; ') : null;
}

/** A refusal in the user's language by the permission it names (`extensions.permission`). */
function refusalWords(lang: Lang, permission: unknown): string | null {
  if (typeof permission !== 'string' || !Object.hasOwn(PERMISSIONS, permission)) return null;
  const words = PERMISSION_WORDS[permission as keyof typeof PERMISSIONS][lang];
  return lang === 'zh' ? `您的角色不能${words}` : `Your role may not ${words}`;
}

const isFieldProblem = (p: unknown): p is FieldProblem =>
  !!p &&
  typeof p === 'object' &&
  typeof (p as FieldProblem).field === 'string' &&
  typeof (p as FieldProblem).message === 'string';

/**
 * The server's input problems (`extensions.code = 'BAD_USER_INPUT'`, `extensions.fields`), in the
 * user's language, split into those a form can show beside one of `known` fields and the rest, for
 * an alert.
 */
export function fieldProblems<K extends string>(
  error: unknown,
  known: readonly K[],
  lang: Lang,
): { fields: { field: K; message: string }[]; other: string[] } {
  const fields: { field: K; message: string }[] = [];
  const other: string[] = [];
  const errors = CombinedGraphQLErrors.is(error) ? error.errors : null;
  if (!errors) {
    other.push(error instanceof Error ? error.message : String(error));
    return { fields, other };
  }
  for (const e of errors) {
    const ext = (e.extensions ?? {}) as { fields?: unknown; field?: unknown; permission?: unknown };
    const list: FieldProblem[] = Array.isArray(ext.fields)
      ? ext.fields.filter(isFieldProblem)
      : typeof ext.field === 'string'
        ? [{ field: ext.field, message: e.message.replace(new RegExp(`^${escapeRegExp(ext.field)}: `), '') }]
        : [];
    if (list.length === 0) other.push(refusalWords(lang, ext.permission) ?? e.message);
    for (const p of list) {
      const words = problemWords(lang, p);
      // "input.kind" and "segment.tier" name the form's own fields by their last part where that is known.
      const name = known.find((k) => p.field === k) ?? known.find((k) => p.field.endsWith(`.${k}`));
      if (name) fields.push({ field: name, message: words });
      else other.push(`${p.field}: ${words}`);
    }
  }
  return { fields, other };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A refusal of the server on the form: the problems that name one of `fields` beside that field,
 * the rest returned for the form's alert (above the form, or under it in a dialog).
 */
export function showProblems<K extends string>(
  error: unknown,
  form: FormInstance,
  fields: readonly K[],
  lang: Lang,
): string[] {
  const problems = fieldProblems(error, fields, lang);
  form.setFields(problems.fields.map((p) => ({ name: p.field, errors: [p.message] })));
  return problems.other;
}
