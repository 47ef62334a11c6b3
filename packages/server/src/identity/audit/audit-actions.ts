import type { GraphQLSchema } from 'graphql';
import { SELF_AUDITED } from './audit.plugin.ts';

/**
 * Actions written by code of their own rather than by the mutation plugin: sign-ins, contact
 * reveals, file exports and imports, an integrator's token use, the key rotation of the command
 * line, and each step of user administration (users.service.ts `auditUserChange`).
 */
const OWN_ACTIONS = [
  'login',
  'reveal',
  'export',
  'import',
  'api_token',
  'keys-rotate',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.reactivate',
  'user.resetPassword',
  'user.changePassword',
] as const;

/** Self-audited mutations that still write `mutation:<name>` (with their counts in the detail). */
const SELF_AUDITED_AS_MUTATION = new Set(['moveMerchants']);

/**
 * Every action the audit log can hold, for the page's picker: the fixed ones above, then one
 * `mutation:<name>` per mutation of the schema the plugin audits, sorted. Taken from the schema,
 * so a new mutation is in the list the day it lands.
 */
export function knownAuditActions(schema: GraphQLSchema): string[] {
  const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {})
    .filter((name) => !SELF_AUDITED.has(name) || SELF_AUDITED_AS_MUTATION.has(name))
    .map((name) => `mutation:${name}`)
    .sort();
  return [...OWN_ACTIONS, ...mutations];
}
