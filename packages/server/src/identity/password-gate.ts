import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from './context.ts';

/** What a user on a one-time password may still ask: who they are, to change it, to sign out. */
const WHILE_CHANGE_REQUIRED = new Set(['me', 'changePassword', 'logout', 'login', '__typename']);

/** The code a client reads to show the change-password screen (docs/security.md, Passwords). */
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

/**
 * After a one-time password the sign-in succeeds, but until the user has chosen their own password
 * every operation with another root field is refused as a whole, before any resolver runs. A
 * fragment at the root is refused too: what it selects is not looked into.
 */
export const passwordGate: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    if (!contextValue.user?.mustChangePassword) return;
    return {
      async didResolveOperation({ operation }) {
        const allowed = (operation?.selectionSet.selections ?? []).every(
          (s) => s.kind === Kind.FIELD && WHILE_CHANGE_REQUIRED.has(s.name.value),
        );
        if (!allowed)
          throw new GraphQLError('Choose a new password first (changePassword)', {
            extensions: { code: PASSWORD_CHANGE_REQUIRED, http: { status: 200 } },
          });
      },
    };
  },
};
