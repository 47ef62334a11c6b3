import {
  type ProblemCode,
  type ProblemParams,
  problemClass,
  problemText,
} from '@cornerstone/shared/problems';
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

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

export interface FieldProblem {
  field: string;
  /** The English words; clients that show the problem to a user translate `code` instead. */
  message: string;
  /** The problem's code where the rule has one (packages/shared/src/problems.ts words it). */
  code?: ProblemCode;
  params?: ProblemParams;
}

/** A field's problem by its code, worded in English here and in the user's language by the web. */
export const fieldProblem = (field: string, code: ProblemCode, params?: ProblemParams): FieldProblem => ({
  field,
  message: problemText('en', code, params),
  code,
  ...(params ? { params } : {}),
});

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

/**
 * One field's coded problem as an error on its own (a balance too low, a complaint that is not
 * there, a change that came between): `extensions.code` is the problem's class from the shared
 * table (NOT_FOUND, CONFLICT, else BAD_USER_INPUT), `extensions.problem` the code itself.
 */
export function problemError(field: string, code: ProblemCode, params?: ProblemParams): AppError {
  const p = fieldProblem(field, code, params);
  return new AppError(problemClass(code), `${field}: ${p.message}`, {
    field,
    problem: code,
    ...(params ? { params } : {}),
    fields: [p],
  });
}

/**
 * Collects input problems; `throwIfAny` raises them together. `problem`/`require` take a coded
 * problem (which the web translates); `add`/`check` a message of the case alone (e.g. "no merchant
 * 123"), shown as it is.
 */
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
  problem(field: string, code: ProblemCode, params?: ProblemParams): this {
    this.problems.push(fieldProblem(field, code, params));
    return this;
  }
  require(ok: boolean, field: string, code: ProblemCode, params?: ProblemParams): this {
    if (!ok) this.problem(field, code, params);
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
