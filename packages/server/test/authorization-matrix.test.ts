import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app/app.ts';
import { COMMANDS } from '../src/app/cli/commands.ts';
import { createSchema } from '../src/app/schema.ts';
import { loadConfig } from '../src/platform/config.ts';
import {
  midsFor,
  normalised,
  ROLES,
  readMatrix,
  requestFor,
  seedMatrix,
  USER_OF,
} from './support/authorization-matrix.ts';
import { MERCHANT_HEADER, SETTLEMENT_HEADER } from './support/fixtures.ts';
import { useSeededServer } from './support/seeded-server.ts';
import type { GqlResult } from './support/test-server.ts';

/**
 * The authorisation matrix of docs/security.md, walked with a real user of each role over real HTTP:
 * every root field of the schema, every HTTP route and every CLI command must have a row; each role
 * is refused exactly where the row says `—`; and where a row says a role is scoped (`own`, `branch`),
 * a merchant outside that scope answers exactly as a merchant that does not exist. Another branch's
 * records asked for by id: authorization-by-id.test.ts.
 */

const NOWHERE = '898610999999999';

const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code as string | undefined;
const refused = (code: string | undefined) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';

describe('authorisation matrix (docs/security.md): every entry point × every role, with real users', () => {
  const { server, tokens, orm } = useSeededServer(seedMatrix, USER_OF);
  let schema: GraphQLSchema;
  const matrix = readMatrix();
  const rowOf = new Map(matrix.map((r) => [r.entry, r]));

  beforeAll(async () => {
    schema = await createSchema();
  });

  const rootFields = () => [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ kind: 'query' as const, f })),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ kind: 'mutation' as const, f })),
  ];
  const entryOf = (kind: 'query' | 'mutation', name: string) =>
    `${kind === 'query' ? 'Query' : 'Mutation'}.${name}`;

  it('has a row for every root field, route and CLI command, and none for what no longer exists', async () => {
    const fields = rootFields().map(({ kind, f }) => entryOf(kind, f.name));
    const { app, apollo } = await createApp(orm(), { ...loadConfig({}), port: 0 });
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
