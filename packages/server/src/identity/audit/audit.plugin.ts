import type { ApolloServerPlugin } from '@apollo/server';
import { type ArgumentNode, Kind, type ValueNode } from 'graphql';
import type { Context } from '../context.ts';
import { audit } from './audit.service.ts';

/** Mutations that write their own, richer audit row (under an action of their own, or the same). */
export const SELF_AUDITED = new Set(['login', 'revealContact', 'moveMerchants']);
// The arguments that name what a mutation changes, most telling first: a merchant, a record, a
// terminal; else a setting's key (a product's code, an SLA's kind, a calendar's year, the first day
// of a version). Never a value a user typed about a person.
const TARGET_ARGS = ['mid', 'id', 'tid', 'code', 'kind', 'year', 'effectiveFrom'];

function argValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING || node.kind === Kind.INT || node.kind === Kind.ENUM) return node.value;
  if (node.kind === Kind.OBJECT)
    return Object.fromEntries(node.fields.map((f) => [f.name.value, argValue(f.value, variables)]));
  return undefined;
}

/**
 * The record a mutation names: the first of TARGET_ARGS among its own arguments, else among the
 * fields of its `input`, as `name:value`.
 */
function targetOf(args: readonly ArgumentNode[], variables: Record<string, unknown>): string | null {
  const own = new Map(args.map((a) => [a.name.value, argValue(a.value, variables)]));
  const input = own.get('input');
  const inner = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  for (const values of [own, new Map(Object.entries(inner))])
    for (const k of TARGET_ARGS) {
      const v = values.get(k);
      if (typeof v === 'string' || typeof v === 'number') return `${k}:${v}`;
    }
  return null;
}

/**
 * Every write through the API is audited: one row per root mutation field, with who, from where,
 * the record it names, and whether it succeeded, was refused, or failed. Argument values are not
 * stored (they may carry personal data); only their names.
 */
export const auditMutations: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, response, contextValue, request }) {
        if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        const variables = (request.variables ?? {}) as Record<string, unknown>;
        for (const sel of operation.selectionSet.selections) {
          if (sel.kind !== Kind.FIELD || SELF_AUDITED.has(sel.name.value)) continue;
          const key = sel.alias?.value ?? sel.name.value;
          // A request-level error (e.g. variables that do not fit) means no field ran.
          const err = errors.find((e) => e.path?.[0] === key) ?? errors.find((e) => !e.path);
          const code = err?.extensions?.code as string | undefined;
          await audit(contextValue.em, {
            actor: contextValue.user?.login ?? null,
            role: contextValue.user?.role ?? null,
            action: `mutation:${sel.name.value}`,
            target: targetOf(sel.arguments ?? [], variables),
            outcome: !err ? 'ok' : code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'denied' : 'error',
            ip: contextValue.ip,
            requestId: contextValue.requestId,
            detail: {
              arguments: (sel.arguments ?? []).map((a) => a.name.value),
              ...(code ? { code } : {}),
            },
          });
        }
      },
    };
  },
};
