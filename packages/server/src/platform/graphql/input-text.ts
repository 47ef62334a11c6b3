import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';

/**
 * The longest text any argument may carry, in characters. The longest free text the services
 * accept is 2,000 (complaint and fault descriptions, interaction notes); nothing legitimate needs
 * more, and the GraphQL document itself is bounded separately by its token count.
 */
export const MAX_TEXT = 2000;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a text argument, or null: a NUL character (PostgreSQL text cannot hold one,
 * and the query would fail with the SQL in the error), a lone surrogate (not Unicode text), or
 * more than MAX_TEXT characters.
 */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'is not valid Unicode text';
  // Characters are code points; UTF-16 length is an upper bound, so most strings never count.
  if (text.length > MAX_TEXT && [...text].length > MAX_TEXT) return `at most ${MAX_TEXT} characters`;
  return null;
}

function refuse(field: string, problem: string): never {
  throw new GraphQLError(`${field}: ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** Every string in a variable's JSON value, at any depth. */
function checkJson(value: unknown, field: string): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) refuse(field, problem);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) checkJson(v, `${field}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkJson(v, `${field}.${k}`);
  }
}

function checkValue(
  node: ValueNode,
  field: string,
  variables: Record<string, unknown>,
  defaults: Map<string, ValueNode>,
): void {
  switch (node.kind) {
    case Kind.STRING: {
      const problem = textProblem(node.value);
      if (problem) refuse(field, problem);
      return;
    }
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (variables[name] !== undefined) checkJson(variables[name], field);
      else {
        const fallback = defaults.get(name);
        if (fallback) checkValue(fallback, field, variables, defaults);
      }
      return;
    }
    case Kind.LIST:
      for (const [i, v] of node.values.entries()) checkValue(v, `${field}[${i}]`, variables, defaults);
      return;
    case Kind.OBJECT:
      for (const f of node.fields) checkValue(f.value, `${field}.${f.name.value}`, variables, defaults);
      return;
    default:
  }
}

/** Refuses the first bad text among the arguments of every field of the document. */
export function checkTextArguments(document: DocumentNode, variables: Record<string, unknown>): void {
  const defaults = new Map<string, ValueNode>();
  for (const def of document.definitions)
    if (def.kind === Kind.OPERATION_DEFINITION)
      for (const v of def.variableDefinitions ?? [])
        if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  visit(document, {
    [Kind.ARGUMENT](node) {
      checkValue(node.value, node.name.value, variables, defaults);
      // The value is walked above; the visitor need not descend into it.
      return false;
    },
  });
}

/**
 * NUL characters, lone surrogates and text over 2,000 characters are refused as BAD_USER_INPUT
 * naming the argument (`filter.search`), in every String/ID argument at any depth — literals,
 * variables, input objects, lists — once the operation is known and before any resolver (or SQL)
 * runs. One walk of the document per request; a field without arguments costs nothing. Every
 * string is checked whatever its type: enum values and our scalars (Date, Decimal) travel as
 * strings too, and none of them is long or holds a NUL.
 */
export const textArguments: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        checkTextArguments(document, (request.variables ?? {}) as Record<string, unknown>);
      },
    };
  },
};
