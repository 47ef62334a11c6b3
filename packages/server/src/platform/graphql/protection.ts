import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { MAX_PAGE, pageSizeMessage } from './connection.ts';

/** What these plugins read of a request: whether anyone signed in (identity/context.ts fills it). */
interface Caller {
  user: object | null;
}

/** The most tokens a GraphQL document may have. */
export const MAX_TOKENS = 3000;

/**
 * Limits checked while validating, before any resolver runs: depth, aliases, directives and a cost
 * estimate. Suggestions ("Did you mean …?") are left to `suggestionsForUsers` below.
 */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    // Tokens are counted by Apollo's own parser (app.ts `parseOptions`), so a query too long or
    // that does not parse answers 400 GRAPHQL_PARSE_FAILED, not a 500 from a second parse here.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    // Armor's mask covers only `Did you mean "x"` (not enum values) and leaves a stray `?`; the
    // plugin below decides for every kind of suggestion.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Introspection (and so GraphiQL's docs) for signed-in users only. */
export const introspectionForUsers: ApolloServerPlugin<Caller> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!contextValue.user && asksForSchema(document))
          throw new GraphQLError('Sign in to read the schema', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
      },
    };
  },
};

/**
 * `first` or `last` above 100 (literal or variable) is refused once the operation is known and
 * before any resolver runs, so a `first: 1000` costs the database nothing.
 */
export const pageSizeLimit: ApolloServerPlugin<Caller> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const variables = (request.variables ?? {}) as Record<string, unknown>;
        // The whole document: arguments inside fragments count too.
        visit(document, {
          [Kind.ARGUMENT](node) {
            const name = node.name.value;
            if (name !== 'first' && name !== 'last') return;
            const v =
              node.value.kind === Kind.INT
                ? Number(node.value.value)
                : node.value.kind === Kind.VARIABLE
                  ? Number(variables[node.value.name.value])
                  : Number.NaN;
            if (v > MAX_PAGE)
              throw new GraphQLError(pageSizeMessage(name), {
                extensions: { code: 'BAD_USER_INPUT', field: name, http: { status: 400 } },
              });
          },
        });
      },
    };
  },
};

// graphql-js appends ` Did you mean "a", "b", or "c"?` or ` Did you mean the enum value "KEY"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const UNKNOWN_FIELD = /^Cannot query field /;

/**
 * "Did you mean …?" maps the schema for whoever asks: validation and variable-coercion errors lose
 * their suggestions for anonymous callers (who may not read the schema either). Signed-in users
 * keep them — an analyst in GraphiQL can read the schema anyway — except for unknown fields, whose
 * suggestions were always blocked for everyone and stay so.
 */
export const suggestionsForUsers: ApolloServerPlugin<Caller> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        for (const e of response.body.singleResult.errors ?? [])
          if (!contextValue.user || UNKNOWN_FIELD.test(e.message))
            (e as { message: string }).message = e.message.replace(SUGGESTION, '');
      },
    };
  },
};
