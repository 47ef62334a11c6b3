import type { Response } from 'express';
import { GraphQLError } from 'graphql';

/** The codes a client can act on; every feature's errors map to one of these. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** An error meant for the client: its message and code reach the caller as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'Sign in first (Authorization: Bearer <token>)');
export const forbidden = (what = 'this') => new AppError('FORBIDDEN', `Your role may not do ${what}`);
export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Every problem of a mutation's input at once: the message lists them, `extensions.fields` carries
 * them one by one (`field` is the first) so a form can mark each input.
 */
export function invalidInput(problems: FieldProblem[]): AppError {
  return new AppError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    field: problems[0]?.field,
    fields: problems,
  });
}

/** Collects input problems; `throwIfAny` raises them together. */
export class InputCheck {
  readonly problems: FieldProblem[] = [];
  add(field: string, message: string): this {
    this.problems.push({ field, message });
    return this;
  }
  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.add(field, message);
    return this;
  }
  throwIfAny(): void {
    if (this.problems.length) throw invalidInput(this.problems);
  }
}

/**
 * A REST route's error: the same `{code, message, field}` a GraphQL error carries in its extensions,
 * with the request id; `error` repeats the message for clients written against the older `{error}`.
 */
export function sendError(
  res: Response,
  status: number,
  code: ErrorCode | 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL_SERVER_ERROR',
  message: string,
  field?: string,
): void {
  const requestId = (res.req as unknown as { requestId?: string }).requestId;
  res.status(status).json({ code, message, ...(field ? { field } : {}), requestId, error: message });
}
