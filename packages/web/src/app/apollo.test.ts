import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginMutation, MeQuery } from '../features/auth/auth.operations.ts';
import { createClient } from './apollo.ts';

// The server's answer to any request: UNAUTHENTICATED, as to a wrong password or an expired session.
const refuse = (message: string) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
        headers: { 'content-type': 'application/json' },
      }),
  );

describe('the GraphQL client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('signs out when the server refuses the session', async () => {
    vi.stubGlobal('fetch', refuse('Sign in first'));
    const signedOut = vi.fn();
    await expect(createClient(signedOut).query({ query: MeQuery })).rejects.toThrow();
    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it('does not when it refuses a sign-in: the login page stays with what was typed', async () => {
    vi.stubGlobal('fetch', refuse('Wrong login or password'));
    const signedOut = vi.fn();
    await expect(
      createClient(signedOut).mutate({ mutation: LoginMutation, variables: { login: 'am', password: 'x' } }),
    ).rejects.toThrow(/Wrong login or password/);
    expect(signedOut).not.toHaveBeenCalled();
  });
});
