import { CombinedGraphQLErrors } from '@apollo/client';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The server's input problems (`extensions.code = 'BAD_USER_INPUT'`, `extensions.fields`), split
 * into those a form can show beside one of `known` fields and the rest, for an alert.
 */
export function fieldProblems<K extends string>(
  error: unknown,
  known: readonly K[],
): { fields: { field: K; message: string }[]; other: string[] } {
  const fields: { field: K; message: string }[] = [];
  const other: string[] = [];
  const errors = CombinedGraphQLErrors.is(error) ? error.errors : null;
  if (!errors) {
    other.push(error instanceof Error ? error.message : String(error));
    return { fields, other };
  }
  for (const e of errors) {
    const ext = (e.extensions ?? {}) as { fields?: unknown; field?: unknown };
    const list: FieldProblem[] = Array.isArray(ext.fields)
      ? ext.fields.filter(
          (p): p is FieldProblem =>
            !!p && typeof p === 'object' && typeof p.field === 'string' && typeof p.message === 'string',
        )
      : typeof ext.field === 'string'
        ? [{ field: ext.field, message: e.message.replace(new RegExp(`^${escapeRegExp(ext.field)}: `), '') }]
        : [];
    if (list.length === 0) other.push(e.message);
    for (const p of list) {
      // "input.kind" and "segment.tier" name the form's own fields by their last part where that is known.
      const name = known.find((k) => p.field === k) ?? known.find((k) => p.field.endsWith(`.${k}`));
      if (name) fields.push({ field: name, message: p.message });
      else other.push(`${p.field}: ${p.message}`);
    }
  }
  return { fields, other };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
