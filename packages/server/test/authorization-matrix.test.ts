import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app/app.ts';
import { COMMANDS } from '../src/app/cli/commands.ts';
import type { Orm } from '../src/app/orm.ts';
import { createSchema } from '../src/app/schema.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { loadConfig } from '../src/platform/config.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { MERCHANT_HEADER, merchantLine, mid, SETTLEMENT_HEADER, writeLines } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUsers, startServer } from './support/test-server.ts';

/**
 * The authorisation matrix of docs/security.md, walked with a real user of each role over real HTTP:
 * every root field of the schema, every HTTP route and every CLI command must have a row; each role
 * is refused exactly where the row says `—`; and where a row says a role is scoped (`own`, `branch`),
 * a merchant outside that scope answers exactly as a merchant that does not exist.
 */

const ROLES = ['admin', 'branch_manager', 'account_manager', 'operations', 'analyst', 'anonymous'] as const;
type Role = (typeof ROLES)[number];
type Access = 'all' | 'branch' | 'own' | 'self' | 'yes' | '—';
const ACCESS = new Set<string>(['all', 'branch', 'own', 'self', 'yes', '—']);

const BRANCH = '渭南分公司';
const OTHER = '宝鸡分公司';
// Merchants 1..6 in BRANCH (odd am1, even am2), 7..9 in OTHER (am3).
const branchOf = (i: number) => (i <= 6 ? BRANCH : OTHER);
const managerOf = (i: number) => (i > 6 ? 'am3' : i % 2 ? 'am1' : 'am2');
const USER_OF: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: 'admin',
  branch_manager: 'bm',
  account_manager: 'am1',
  operations: 'ops',
  analyst: 'analyst',
};
const NOWHERE = '898610999999999';
const settleDate = addDays(businessToday(), -3);
const PERIOD = settleDate.slice(0, 7);

/** A merchant the role may touch, and one just outside its scope (for `own` and `branch`). */
function midsFor(access: Access): { inside: string; outside: string | null } {
  if (access === 'own') return { inside: mid(1), outside: mid(2) };
  if (access === 'branch') return { inside: mid(2), outside: mid(7) };
  return { inside: mid(1), outside: null };
}

interface MatrixRow {
  entry: string;
  access: Record<Role, Access>;
}

export function readMatrix(): MatrixRow[] {
  const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/security.md'), 'utf8');
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

function sampleValue(type: GraphQLInputType, name: string, m: string): unknown {
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
function requestFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, m: string) {
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

const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code as string | undefined;
const refused = (code: string | undefined) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
/** An answer with the request-specific parts taken out, to compare two answers. */
const normalised = (r: GqlResult<unknown>, m: string) =>
  JSON.stringify(r)
    .replaceAll(m, '<mid>')
    .replace(/"requestId":"[^"]*"/g, '')
    .replace(/"locations":\[[^\]]*\],?/g, '')
    .replace(/request [0-9a-f-]{36}/g, 'request <id>');

describe('authorisation matrix (docs/security.md): every entry point × every role, with real users', () => {
  let db: TestDb;
  let orm: Orm;
  let schema: GraphQLSchema;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Partial<Record<Role, string>> = {};
  const matrix = readMatrix();
  const rowOf = new Map(matrix.map((r) => [r.entry, r]));

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
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
      Array.from(
        { length: 9 },
        (_, k) => `${settleDate},${mid(k + 1)},10,30000.00,0,0.00,250.00,30.00,10.00`,
      ),
    );
    await importSettlements(orm, join(dir, 's.csv'));
    schema = await createSchema();
    server = await startServer(orm);
    for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await server.login(USER_OF[role]);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const rootFields = () => [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ kind: 'query' as const, f })),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ kind: 'mutation' as const, f })),
  ];
  const entryOf = (kind: 'query' | 'mutation', name: string) =>
    `${kind === 'query' ? 'Query' : 'Mutation'}.${name}`;

  it('has a row for every root field, route and CLI command, and none for what no longer exists', async () => {
    const fields = rootFields().map(({ kind, f }) => entryOf(kind, f.name));
    const { app, apollo } = await createApp(orm, { ...loadConfig({}), port: 0 });
    await apollo.stop();
    const routes: string[] = [];
    for (const layer of (app as unknown as { router: { stack: RouteLayer[] } }).router.stack)
      if (layer.route && typeof layer.route.path === 'string')
        for (const method of Object.keys(layer.route.methods))
          routes.push(...expandRoute(`${method.toUpperCase()} ${layer.route.path}`));
    const commands = Object.keys(COMMANDS).map((c) => `cli ${c}`);
    const known = new Set([...fields, ...routes, ...commands]);
    expect(fields.length).toBeGreaterThan(60);
    expect(routes.length).toBeGreaterThan(2);
    expect(
      [...known].filter((e) => !rowOf.has(e)),
      'entry points without a row in docs/security.md',
    ).toEqual([]);
    // `/graphql` is one route whose entries are its fields; GraphiQL is served only beside a built web app.
    expect(
      matrix.map((r) => r.entry).filter((e) => !known.has(e) && !ALWAYS_KNOWN.has(e)),
      'rows for entry points that do not exist',
    ).toEqual([]);
  });

  it('refuses each role exactly where the matrix says, and answers every allowed call without an internal error', async () => {
    const mismatches: string[] = [];
    for (const { kind, f } of rootFields()) {
      const row = rowOf.get(entryOf(kind, f.name));
      if (!row) continue;
      for (const role of ROLES) {
        const access = row.access[role];
        // Signing out ends the session: every other call of this walk needs it, so a fresh one.
        const token =
          f.name === 'logout' && role !== 'anonymous' ? await server.login(USER_OF[role]) : tokens[role];
        const { query, variables } = requestFor(kind, f, midsFor(access).inside);
        const r = await server.gql(query, variables, token);
        const code = codeOf(r);
        if (access === '—' && !refused(code))
          mismatches.push(
            `${row.entry} × ${role}: expected refused, got ${code ?? 'data'} ${r.errors?.[0]?.message ?? ''}`,
          );
        if (access !== '—' && refused(code))
          mismatches.push(`${row.entry} × ${role}: expected allowed, got ${code}: ${r.errors?.[0]?.message}`);
        // An allowed call must reach its resolver: an error without a path never got that far.
        if (access !== '—' && r.errors?.length && !(r.errors[0] as { path?: unknown }).path)
          mismatches.push(`${row.entry} × ${role}: not executed: ${r.errors[0]!.message}`);
        if (code === 'INTERNAL_SERVER_ERROR')
          mismatches.push(`${row.entry} × ${role}: internal error on ${JSON.stringify(variables)}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('answers a merchant outside a scoped role’s reach exactly as one that does not exist', async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const { kind, f } of rootFields()) {
      const row = rowOf.get(entryOf(kind, f.name));
      if (!row) continue;
      for (const role of ROLES) {
        const { outside } = midsFor(row.access[role]);
        if (!outside) continue;
        const probe = requestFor(kind, f, outside);
        if (!probe.mentionsMid) continue;
        checked++;
        const theirs = await server.gql(probe.query, probe.variables, tokens[role]);
        const none = requestFor(kind, f, NOWHERE);
        const missing = await server.gql(none.query, none.variables, tokens[role]);
        if (normalised(theirs, outside) !== normalised(missing, NOWHERE))
          leaks.push(
            `${row.entry} × ${role}: ${normalised(theirs, outside)} vs nonexistent ${normalised(missing, NOWHERE)}`,
          );
      }
    }
    // Merchant, reveal, redemption, interactions, complaints, tickets, terminals, offers, …
    expect(checked).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
  }, 300_000);

  it('answers another branch’s complaint, ticket, interaction, event and import run by id as ones that do not exist', async () => {
    const other = mid(7);
    const field = (kind: 'query' | 'mutation', name: string) =>
      (kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!).getFields()[name]!;
    const created = async (r: GqlResult<Record<string, { id: string }>>) => {
      expect(r.errors).toBeUndefined();
      return String(Object.values(r.data!)[0]!.id);
    };
    const admin = tokens.admin;
    const bmOther = await server.login('bm_other');
    const post = (token: string | undefined, query: string, variables: Record<string, unknown>) =>
      server.gql<Record<string, { id: string }>>(query, variables, token);
    const complaint = await created(
      await post(admin, 'mutation($i: OpenComplaintInput!) { openComplaint(input: $i) { id } }', {
        i: sampleValue(field('mutation', 'openComplaint').args[0]!.type, 'input', other),
      }),
    );
    const tid = '87654321';
    await created(
      await post(admin, 'mutation($i: TerminalInput!) { registerTerminal(input: $i) { id } }', {
        i: { mid: other, tid, serialNo: 'SN-MATRIX-1', model: 'VX520' },
      }),
    );
    const ticket = await created(
      await post(admin, 'mutation($i: FaultTicketInput!) { openFaultTicket(input: $i) { id } }', {
        i: { tid, description: '无法开机' },
      }),
    );
    const interaction = await created(
      await post(admin, 'mutation($i: InteractionInput!) { recordInteraction(input: $i) { id } }', {
        i: sampleValue(field('mutation', 'recordInteraction').args[0]!.type, 'input', other),
      }),
    );
    const event = await created(
      await post(bmOther, 'mutation($i: CustomerEventInput!) { createCustomerEvent(input: $i) { id } }', {
        i: sampleValue(field('mutation', 'createCustomerEvent').args[0]!.type, 'input', other),
      }),
    );
    const upload = await fetch(`${server.url}/api/imports/merchants?fileName=m.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${bmOther}` },
      body: `${MERCHANT_HEADER}\n`,
    });
    expect(upload.status).toBe(202);
    const run = String(((await upload.json()) as { id: number }).id);
    const BY_ID: [string, string, string][] = [
      ...['complaint'].map((n) => [`Query.${n}`, 'id', complaint] as [string, string, string]),
      ...[
        'respondToComplaint',
        'resolveComplaint',
        'closeComplaint',
        'reopenComplaint',
        'assignComplaint',
      ].map((n) => [`Mutation.${n}`, 'id', complaint] as [string, string, string]),
      ['Query.faultTicket', 'id', ticket],
      ['Mutation.assignFaultTicket', 'id', ticket],
      ['Mutation.moveFaultTicket', 'id', ticket],
      ['Query.interaction', 'id', interaction],
      ['Mutation.correctInteraction', 'id', interaction],
      ['Query.customerEvent', 'event', event],
      ['Mutation.inviteToEvent', 'event', event],
      ['Mutation.respondToInvitation', 'event', event],
      ['Mutation.recordEventAttendance', 'event', event],
      ['Query.importRun', 'id', run],
    ];
    const leaks: string[] = [];
    let checked = 0;
    for (const [entry, arg, id] of BY_ID) {
      const row = rowOf.get(entry)!;
      const [kindName, name] = entry.split('.') as [string, string];
      const kind = kindName === 'Query' ? 'query' : 'mutation';
      for (const role of ROLES) {
        const access = row.access[role];
        if (access === '—' || access === 'all' || access === 'yes' || role === 'anonymous') continue;
        const req = requestFor(kind, field(kind, name), midsFor(access).inside);
        const typed = (v: string) => (typeof req.variables[arg] === 'number' ? Number(v) : v);
        const theirs = await server.gql(req.query, { ...req.variables, [arg]: typed(id) }, tokens[role]);
        const none = await server.gql(
          req.query,
          { ...req.variables, [arg]: typed('99999999') },
          tokens[role],
        );
        checked++;
        const norm = (r: GqlResult<unknown>, v: string) =>
          normalised(r, '\u0000').replace(new RegExp(`\\b${v}\\b`, 'g'), '<id>');
        if (norm(theirs, id) !== norm(none, '99999999'))
          leaks.push(`${entry} × ${role}: ${norm(theirs, id)} vs ${norm(none, '99999999')}`);
      }
    }
    expect(checked).toBeGreaterThan(25);
    expect(leaks).toEqual([]);
  });

  it('holds the matrix on the HTTP routes: uploads and exports', async () => {
    const mismatches: string[] = [];
    const auth = (t?: string): Record<string, string> => (t ? { authorization: `Bearer ${t}` } : {});
    const upload = (kind: string, header: string) => (t?: string) =>
      fetch(`${server.url}/api/imports/${kind}?fileName=${kind}.csv`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...auth(t) },
        body: `${header}\n`,
      });
    const routes: Record<string, (token?: string) => Promise<Response>> = {
      'GET /healthz': () => fetch(`${server.url}/healthz`),
      'GET /api/exports/merchants.csv': (t) =>
        fetch(`${server.url}/api/exports/merchants.csv`, { headers: auth(t) }),
      'GET /api/exports/merchants.xlsx': (t) =>
        fetch(`${server.url}/api/exports/merchants.xlsx`, { headers: auth(t) }),
      'POST /api/imports/merchants': upload('merchants', MERCHANT_HEADER),
      'POST /api/imports/settlements': upload('settlements', SETTLEMENT_HEADER),
    };
    for (const [entry, call] of Object.entries(routes)) {
      const row = rowOf.get(entry);
      expect(row, entry).toBeDefined();
      for (const role of ROLES) {
        const res = await call(tokens[role]);
        await res.arrayBuffer();
        const isRefused = res.status === 401 || res.status === 403;
        if ((row!.access[role] === '—') !== isRefused)
          mismatches.push(`${entry} × ${role}: ${res.status} against "${row!.access[role]}"`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

const ALWAYS_KNOWN = new Set(['POST /graphql', 'GET /graphiql']);

/** A route's concrete entry points: an upload per kind of file, an export per format. */
function expandRoute(route: string): string[] {
  if (route.includes(':kind')) return ['merchants', 'settlements'].map((k) => route.replace(':kind', k));
  if (route.includes(':format')) return ['csv', 'xlsx'].map((f) => route.replace(':format', f));
  return [route];
}

interface RouteLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
}
