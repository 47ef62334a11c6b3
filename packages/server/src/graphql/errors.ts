import { GraphQLError } from 'graphql';

/** The codes a client can act on; every feature's errors map to one of these. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

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
