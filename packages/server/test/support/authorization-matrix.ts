import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { expect } from 'vitest';
import type { Orm } from '../../src/app/orm.ts';
import { importMerchants } from '../../src/merchant/merchant-import.ts';
import { businessToday } from '../../src/platform/time/business-time.ts';
import { importSettlements } from '../../src/settlement/settlement-import.ts';
import { MERCHANT_HEADER, merchantLine, mid, SETTLEMENT_HEADER, writeLines } from './fixtures.ts';
import { type GqlResult, seedUsers } from './test-server.ts';

// The authorisation matrix of docs/security.md as the tests that walk it read it: its rows, the
// users of each role and the merchants inside and outside their scope, and a request for any root
// field built from the schema with sample arguments.

export const ROLES = [
  'admin',
  'branch_manager',
  'account_manager',
  'operations',
  'analyst',
  'anonymous',
] as const;
export type Role = (typeof ROLES)[number];
export type Access = 'all' | 'branch' | 'own' | 'self' | 'yes' | '—';
const ACCESS = new Set<string>(['all', 'branch', 'own', 'self', 'yes', '—']);

const BRANCH = '渭南分公司';
const OTHER = '宝鸡分公司';
// Merchants 1..6 in BRANCH (odd am1, even am2), 7..9 in OTHER (am3).
const branchOf = (i: number) => (i <= 6 ? BRANCH : OTHER);
const managerOf = (i: number) => (i > 6 ? 'am3' : i % 2 ? 'am1' : 'am2');
export const USER_OF: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: 'admin',
  branch_manager: 'bm',
  account_manager: 'am1',
  operations: 'ops',
  analyst: 'analyst',
};

const settleDate = addDays(businessToday(), -3);
const PERIOD = settleDate.slice(0, 7);

/** A merchant the role may touch, and one just outside its scope (for `own` and `branch`). */
export function midsFor(access: Access): { inside: string; outside: string | null } {
  if (access === 'own') return { inside: mid(1), outside: mid(2) };
  if (access === 'branch') return { inside: mid(2), outside: mid(7) };
  return { inside: mid(1), outside: null };
}

export interface MatrixRow {
  entry: string;
  access: Record<Role, Access>;
}

export function readMatrix(): MatrixRow[] {
  const doc = readFileSync(resolve(import.meta.dirname, '../../../../docs/security.md'), 'utf8');
  const rows: MatrixRow[] = [];
  for (const line of doc.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = m[2]!.split('|').map((c) => c.trim());
    const access = Object.fromEntries(ROLES.map((r, i) => [r, cells[i]])) as Record<Role, Access>;
    for (const r of ROLES)
      if (!ACCESS.has(access[r])) throw new Error(`docs/security.md: ${m[1]} has "${access[r]}" for ${r}`);
    rows.push({ entry: m[1]!, access });
  }
  return rows;
}

// Argument values by name where any value of the type would not do; the rest follow the type.
const BY_NAME: Record<string, (mid: string) => unknown> = {
  mid: (m) => m,
  mids: (m) => [m],
  period: () => PERIOD,
  from: () => PERIOD,
  to: () => PERIOD,
  asOf: () => settleDate,
  url: () => 'https://hooks.example.com/cornerstone',
  idempotencyKey: () => `key-${Math.random()}`,
  points: () => 1,
  // A customer event's kind (a string; enum-typed `kind` arguments take the enum's first value).
  kind: () => 'seminar',
  // The event an event field or mutation names (its optional global id, given in place of the
  // deprecated Int argument; a bare row id works too, and no event has this one).
  event: () => '99999998',
  satisfaction: () => 5,
  first: () => 5,
  responseHours: () => 24,
  resolutionHours: () => 72,
  // Signing in as someone (not the caller, whose session the walk goes on using).
  login: () => 'am2',
  password: () => 'test-password-1',
  path: () => '/nonexistent/file.csv',
};
const SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: '1',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: settleDate,
  DateTimeISO: new Date().toISOString(),
  Decimal: '1.00',
};

export function sampleValue(type: GraphQLInputType, name: string, m: string): unknown {
  if (name in BY_NAME && isScalarType(getNamedType(type))) return BY_NAME[name]!(m);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleValue(inner.ofType as GraphQLInputType, `${name}[]`, m)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isScalarType(inner)) {
    if (!(inner.name in SCALARS)) throw new Error(`no test value for scalar ${inner.name}`);
    return SCALARS[inner.name];
  }
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields()))
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || f.name === 'mid')
        out[f.name] = sampleValue(f.type, f.name, m);
    return out;
  }
  throw new Error(`no test value for ${String(type)}`);
}

const required = (a: GraphQLArgument) =>
  (isNonNullType(a.type) && a.defaultValue === undefined) || a.name in BY_NAME;

/** A request for one root field with the least it needs: every required argument, `__typename` back. */
export function requestFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, m: string) {
  const args = field.args.filter(required);
  const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type, a.name, m)]));
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables,
    mentionsMid: JSON.stringify(variables).includes(m),
  };
}

/** An answer with the request-specific parts taken out, to compare two answers. */
export const normalised = (r: GqlResult<unknown>, m: string) =>
  JSON.stringify(r)
    .replaceAll(m, '<mid>')
    .replace(/"requestId":"[^"]*"/g, '')
    .replace(/"locations":\[[^\]]*\],?/g, '')
    .replace(/request [0-9a-f-]{36}/g, 'request <id>');

/**
 * The users of every role, with a second account manager (`am2`) and a branch manager of the other
 * branch (`bm_other`); nine merchants, six in BRANCH and three in OTHER; and one day's settlements.
 */
export async function seedMatrix(orm: Orm): Promise<void> {
  await seedUsers(orm, [
    ['admin', 'admin', undefined],
    ['analyst', 'analyst', undefined],
    ['bm', 'branch_manager', BRANCH],
    ['am1', 'account_manager', BRANCH],
    ['am2', 'account_manager', BRANCH],
    ['ops', 'operations', BRANCH],
    ['am3', 'account_manager', OTHER],
    ['bm_other', 'branch_manager', OTHER],
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'cs-matrix-'));
  const lines = Array.from({ length: 9 }, (_, k) =>
    merchantLine(k + 1, { manager: managerOf(k + 1), branch: branchOf(k + 1) }),
  );
  await writeLines(join(dir, 'm.csv'), MERCHANT_HEADER, lines);
  const merchants = await importMerchants(orm, join(dir, 'm.csv'));
  expect(merchants.inserted).toBe(9);
  await writeLines(
    join(dir, 's.csv'),
    SETTLEMENT_HEADER,
    Array.from({ length: 9 }, (_, k) => `${settleDate},${mid(k + 1)},10,30000.00,0,0.00,250.00,30.00,10.00`),
  );
  await importSettlements(orm, join(dir, 's.csv'));
}
