import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/app/schema.ts';
import {
  midsFor,
  normalised,
  ROLES,
  readMatrix,
  requestFor,
  sampleValue,
  seedMatrix,
  USER_OF,
} from './support/authorization-matrix.ts';
import { MERCHANT_HEADER, mid } from './support/fixtures.ts';
import { useSeededServer } from './support/seeded-server.ts';
import type { GqlResult } from './support/test-server.ts';

/**
 * The authorisation matrix of docs/security.md for records asked for by id: where a row says a role
 * is scoped (`own`, `branch`), another branch's complaint, fault ticket, interaction, customer event
 * or import run answers exactly as one that does not exist, on the fields and mutations that take
 * its id. The walk of the matrix itself (every entry point × every role): authorization-matrix.test.ts.
 */

describe('authorisation matrix (docs/security.md): another branch’s records by id, with real users', () => {
  const { server, tokens } = useSeededServer(seedMatrix, USER_OF);
  let schema: GraphQLSchema;
  const rowOf = new Map(readMatrix().map((r) => [r.entry, r]));

  beforeAll(async () => {
    schema = await createSchema();
  });

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
        // An interaction needs a note (shared/maintenance/interaction-rules.ts); the schema does not say so.
        i: {
          ...(sampleValue(field('mutation', 'recordInteraction').args[0]!.type, 'input', other) as object),
          notes: '矩阵测试',
        },
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
});
