import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { MERCHANT_HEADER, merchantLine, writeLines } from './support/fixtures.ts';
import { useSeededServer } from './support/seeded-server.ts';
import { countQueries, type GqlResult, seedUsers } from './support/test-server.ts';

// User administration over real HTTP (docs/admin-guide.md, Users; docs/security.md, Passwords):
// who may manage whom, every bad input refused with nothing written, deactivation that refuses an
// open session and an API token at once, the one-time password that must be changed first, and
// logins unique in any case.

const A = '渭南分公司';
const B = '宝鸡分公司';

async function seed(orm: Orm) {
  await seedUsers(orm, [
    ['admin', 'admin'],
    ['admin2', 'admin'],
    ['analyst', 'analyst'],
    ['bm', 'branch_manager', A],
    ['bm_b', 'branch_manager', B],
    ['am1', 'account_manager', A],
    ['am_busy', 'account_manager', A],
    ['ops', 'operations', A],
    ['am_b', 'account_manager', B],
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'cs-users-'));
  await writeLines(join(dir, 'm.csv'), MERCHANT_HEADER, [
    merchantLine(1, { manager: 'am_busy', branch: A }),
    merchantLine(2, { manager: 'am_busy', branch: A }),
  ]);
  expect((await importMerchants(orm, join(dir, 'm.csv'))).inserted).toBe(2);
}

const USER = 'id login displayName role branch active mustChangePassword lastSignInAt';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword user { ${USER} } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER} } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { ${USER} } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { ${USER} } }`;
const RESET = `mutation($id: ID!) { resetUserPassword(id: $id) { oneTimePassword user { ${USER} } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ${USER} } }`;
const LIST = `query($filter: UsersFilter, $first: Int) {
  usersConnection(filter: $filter, first: $first) { totalCount edges { node { ${USER} } } } }`;

interface U {
  id: string;
  login: string;
  role: string;
  branch: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
}

const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code as string | undefined;
const fieldsOf = (r: GqlResult<unknown>) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code?: string }[]).map(
    (f) => `${f.field}:${f.code ?? '-'}`,
  );

describe('user administration over HTTP', () => {
  const { server, tokens, orm } = useSeededServer(seed, ['admin', 'analyst', 'bm', 'bm_b', 'am1', 'ops']);
  const em = () => orm().em.fork() as EntityManager;
  const count = async (table: string) =>
    (await em().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n;
  /** What a refused write must leave as it was: the users, their fields and every session. */
  const snapshot = async () => ({
    users: await em().execute(
      'select id, login, display_name, role, branch_id, active, must_change_password, password_hash from app_user order by id',
    ),
    sessions: await count('session'),
    branches: await count('branch'),
  });
  const idOf = async (login: string, as = 'admin') => {
    const r = await server.gql<{ usersConnection: { edges: { node: U }[] } }>(
      LIST,
      { filter: { search: login }, first: 100 },
      tokens[as],
    );
    const u = r.data?.usersConnection.edges.map((e) => e.node).find((n) => n.login === login);
    if (!u) throw new Error(`no ${login} for ${as}: ${JSON.stringify(r)}`);
    return u.id;
  };
  const rowId = async (login: string) =>
    String((await em().execute<{ id: number }[]>('select id from app_user where login = ?', [login]))[0]!.id);

  it('lists users in scope: administrators everyone, a branch manager their branch’s staff, filtered', async () => {
    const all = await server.gql<{ usersConnection: { totalCount: number; edges: { node: U }[] } }>(
      LIST,
      { first: 100 },
      tokens.admin,
    );
    expect(all.data!.usersConnection.totalCount).toBeGreaterThanOrEqual(9);
    const bm = await server.gql<{ usersConnection: { edges: { node: U }[] } }>(
      LIST,
      { first: 100 },
      tokens.bm,
    );
    expect(bm.data!.usersConnection.edges.map((e) => e.node.login).sort()).toEqual(['am1', 'am_busy', 'ops']);
    const ams = await server.gql<{ usersConnection: { edges: { node: U }[] } }>(
      LIST,
      { filter: { role: 'account_manager', branch: B, active: true } },
      tokens.admin,
    );
    expect(ams.data!.usersConnection.edges.map((e) => e.node.login)).toEqual(['am_b']);
    // Who signed in is shown (am1 signed in before the tests).
    const am1 = all.data!.usersConnection.edges.find((e) => e.node.login === 'am1')!.node;
    expect(am1.lastSignInAt).not.toBeNull();
    // Only to the user and those who manage them: an analyst's list of account managers has none.
    const seen = await server.gql<{ accountManagersConnection: { edges: { node: U }[] } }>(
      '{ accountManagersConnection(first: 50) { edges { node { login lastSignInAt } } } }',
      {},
      tokens.analyst,
    );
    const am1Seen = seen.data!.accountManagersConnection.edges.find((e) => e.node.login === 'am1')!.node;
    expect(am1Seen.lastSignInAt).toBeNull();
    const own = await server.gql<{ me: U }>('{ me { lastSignInAt } }', {}, tokens.am1);
    expect(own.data!.me.lastSignInAt).not.toBeNull();
    // A page costs the same statements whatever its size (the users and branches in one query).
    const small = await countQueries(orm(), () => server.gql(LIST, { first: 2 }, tokens.admin));
    const large = await countQueries(orm(), () => server.gql(LIST, { first: 9 }, tokens.admin));
    expect(large.count).toBe(small.count);
    for (const who of ['am1', 'analyst', 'ops'])
      expect(codeOf(await server.gql(LIST, {}, tokens[who]))).toBe('FORBIDDEN');
  });

  it('lets a branch manager create only their own branch’s account managers and operations staff', async () => {
    const before = await snapshot();
    const tries: [Record<string, unknown>, string][] = [
      [{ login: 'new_admin', role: 'admin' }, 'role:user.roleNotAllowed'],
      [{ login: 'new_bm', role: 'branch_manager', branch: A }, 'role:user.roleNotAllowed'],
      [{ login: 'new_an', role: 'analyst' }, 'role:user.roleNotAllowed'],
      [{ login: 'new_am', role: 'account_manager', branch: B }, 'branch:user.branchNotAllowed'],
    ];
    for (const [input, field] of tries) {
      const r = await server.gql(CREATE, { input }, tokens.bm);
      expect(codeOf(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toContain(field);
    }
    // Another branch's users are not there for them; nor are administrators.
    for (const login of ['am_b', 'admin']) {
      const id = await rowId(login);
      for (const q of [DEACTIVATE, REACTIVATE, RESET])
        expect(codeOf(await server.gql(q, { id }, tokens.bm))).toBe('NOT_FOUND');
      const r = await server.gql(UPDATE, { id, input: { role: 'operations' } }, tokens.bm);
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    // Nor may they raise their own staff beyond their reach.
    const r = await server.gql(
      UPDATE,
      { id: await rowId('ops'), input: { role: 'branch_manager' } },
      tokens.bm,
    );
    expect(fieldsOf(r)).toEqual(['role:user.roleNotAllowed']);
    expect(await snapshot()).toEqual(before);
    // Their own branch, without naming it.
    const ok = await server.gql<{ createUser: { user: U; oneTimePassword: string } }>(
      CREATE,
      { input: { login: 'am_new_a', role: 'account_manager', displayName: '新经理' } },
      tokens.bm,
    );
    expect(ok.data!.createUser.user).toMatchObject({
      branch: A,
      role: 'account_manager',
      mustChangePassword: true,
    });
  });

  it('refuses account managers, operations staff and analysts every write', async () => {
    const before = await snapshot();
    const id = await rowId('ops');
    for (const who of ['am1', 'ops', 'analyst']) {
      expect(
        codeOf(
          await server.gql(
            CREATE,
            { input: { login: 'x_user', role: 'operations', branch: A } },
            tokens[who],
          ),
        ),
      ).toBe('FORBIDDEN');
      for (const q of [DEACTIVATE, REACTIVATE, RESET])
        expect(codeOf(await server.gql(q, { id }, tokens[who]))).toBe('FORBIDDEN');
      expect(codeOf(await server.gql(UPDATE, { id, input: { role: 'analyst' } }, tokens[who]))).toBe(
        'FORBIDDEN',
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses each bad input with its field and code, and writes nothing', async () => {
    const before = await snapshot();
    const audits = await count("audit_log where action like 'user.%'");
    const tries: [Record<string, unknown>, string][] = [
      [{ login: 'AM1', role: 'account_manager', branch: A }, 'login:user.loginTaken'],
      [{ login: 'Admin', role: 'analyst' }, 'login:user.loginTaken'],
      [{ login: 'x', role: 'analyst' }, 'login:user.loginInvalid'],
      [{ login: 'api.sneaky', role: 'analyst' }, 'login:user.loginInvalid'],
      [{ login: 'new_user', role: 'account_manager', branch: '不存在分公司' }, 'branch:user.branchUnknown'],
      [{ login: 'new_user', role: 'account_manager' }, 'branch:user.branchRequired'],
      [{ login: 'new_user', role: 'analyst', branch: A }, 'branch:user.branchNotForRole'],
      [{ login: 'new_user', role: 'superuser' }, 'role:user.roleNotAllowed'],
    ];
    for (const [input, field] of tries) {
      const r = await server.gql(CREATE, { input }, tokens.admin);
      expect(codeOf(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r), JSON.stringify(input)).toContain(field);
    }
    // A weak new password, each rule with its code.
    const weak: [string, string][] = [
      ['short-1', 'newPassword:password.tooShort'],
      ['admin-is-me-2026', 'newPassword:password.containsLogin'],
      ['Password123', 'newPassword:password.common'],
      ['test-password-1', 'newPassword:password.unchanged'],
    ];
    for (const [pw, field] of weak)
      expect(fieldsOf(await server.gql(CHANGE, { c: 'test-password-1', n: pw }, tokens.admin))).toEqual([
        field,
      ]);
    expect(
      fieldsOf(await server.gql(CHANGE, { c: 'wrong-password-9', n: 'a-fine-new-secret' }, tokens.admin)),
    ).toEqual(['currentPassword:password.wrongCurrent']);
    // The administrators' own rules.
    expect(fieldsOf(await server.gql(DEACTIVATE, { id: await rowId('admin') }, tokens.admin))).toEqual([
      'id:user.self',
    ]);
    expect(fieldsOf(await server.gql(RESET, { id: await rowId('admin') }, tokens.admin))).toEqual([
      'id:user.selfReset',
    ]);
    const busy = await server.gql(DEACTIVATE, { id: await rowId('am_busy') }, tokens.admin);
    expect(codeOf(busy)).toBe('CONFLICT');
    expect(busy.errors![0]!.extensions).toMatchObject({
      problem: 'user.ownsMerchants',
      params: { count: 2 },
    });
    expect(
      fieldsOf(await server.gql(UPDATE, { id: await rowId('am_busy'), input: { branch: B } }, tokens.admin)),
    ).toEqual(['branch:user.ownsMerchants']);
    expect(
      fieldsOf(
        await server.gql(UPDATE, { id: await idOf('am1'), input: { branch: '不存在分公司' } }, tokens.admin),
      ),
    ).toEqual(['branch:user.branchUnknown']);
    expect(await snapshot()).toEqual(before);
    expect(await count("audit_log where action like 'user.%'")).toBe(audits);
  });

  it('keeps the last active administrator', async () => {
    const admin2 = await rowId('admin2');
    expect((await server.gql(DEACTIVATE, { id: admin2 }, tokens.admin)).data).toBeTruthy();
    // Now admin is the only one: neither demoted nor deactivated (by admin2, were they signed in).
    const self = await server.gql(
      UPDATE,
      { id: await rowId('admin'), input: { role: 'analyst' } },
      tokens.admin,
    );
    expect(fieldsOf(self)).toEqual(['role:user.lastAdmin']);
    expect((await server.gql(REACTIVATE, { id: admin2 }, tokens.admin)).data).toBeTruthy();
    const demoted = await server.gql<{ updateUser: U }>(
      UPDATE,
      { id: admin2, input: { role: 'analyst' } },
      tokens.admin,
    );
    expect(demoted.data!.updateUser).toMatchObject({ role: 'analyst', branch: null });
  });

  it('refuses a deactivated user’s open session and API token on the next request, and audits it', async () => {
    const session = await server.login('ops');
    const me = '{ me { login } branchesConnection { totalCount } }';
    expect((await server.gql(me, {}, session)).errors).toBeUndefined();
    const token = await server.gql<{ createApiToken: { token: string } }>(
      'mutation { createApiToken(input: { name: "pos-feed", role: "operations", branch: "渭南分公司" }) { token } }',
      {},
      tokens.admin,
    );
    const apiToken = token.data!.createApiToken.token;
    expect((await server.gql(me, {}, apiToken)).data?.me).toEqual({ login: 'api.pos-feed' });

    const d = await server.gql<{ deactivateUser: U }>(DEACTIVATE, { id: await idOf('ops', 'bm') }, tokens.bm);
    expect(d.data!.deactivateUser.active).toBe(false);
    expect(codeOf(await server.gql(me, {}, session))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(me, {}, tokens.ops!))).toBe('UNAUTHENTICATED');
    // Nor can they sign in again.
    await expect(server.login('ops')).rejects.toThrow(/login failed/);
    // The service user of a token is an administrator's to deactivate: its token is refused at once.
    await server.gql(DEACTIVATE, { id: await idOf('api.pos-feed') }, tokens.admin);
    expect(codeOf(await server.gql(me, {}, apiToken))).toBe('UNAUTHENTICATED');
    // A branch manager does not see it.
    expect(codeOf(await server.gql(RESET, { id: await rowId('api.pos-feed') }, tokens.bm))).toBe('NOT_FOUND');

    const back = await server.gql<{ reactivateUser: U }>(REACTIVATE, { id: await rowId('ops') }, tokens.bm);
    expect(back.data!.reactivateUser.active).toBe(true);
    // The sessions ended with the deactivation stay ended; a new sign-in works.
    expect(codeOf(await server.gql(me, {}, session))).toBe('UNAUTHENTICATED');
    expect((await server.gql(me, {}, await server.login('ops'))).errors).toBeUndefined();
    const rows = await em().execute<{ action: string; actor: string; target: string }[]>(
      "select action, actor, target from audit_log where action in ('user.deactivate', 'user.reactivate') order by id",
    );
    expect(rows).toContainEqual({ action: 'user.deactivate', actor: 'bm', target: 'user:ops' });
    expect(rows).toContainEqual({ action: 'user.reactivate', actor: 'bm', target: 'user:ops' });
  });

  it('makes a user on a one-time password choose their own before anything else', async () => {
    const made = await server.gql<{ createUser: { user: U; oneTimePassword: string } }>(
      CREATE,
      { input: { login: 'Am_Fresh', role: 'account_manager', branch: A } },
      tokens.admin,
    );
    const { oneTimePassword: otp, user } = made.data!.createUser;
    expect(otp).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(user.mustChangePassword).toBe(true);
    // Case-insensitive: the login signs in in any case, and cannot be taken again in another.
    const session = await server.login('am_fresh', otp);
    const r = await server.gql('{ merchants(first: 5) { totalCount } }', {}, session);
    expect(codeOf(r)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      codeOf(await server.gql('mutation { logout } ', {}, await server.login('AM_FRESH', otp))),
    ).toBeUndefined();
    const me = await server.gql<{ me: U }>(`{ me { ${USER} } }`, {}, session);
    expect(me.data!.me).toMatchObject({ login: 'Am_Fresh', mustChangePassword: true });
    // Uploads and exports too answer as to nobody.
    const exp = await fetch(`${server.url}/api/exports/merchants.csv`, {
      headers: { authorization: `Bearer ${session}` },
    });
    expect(exp.status).toBe(401);
    const taken = await server.gql(CREATE, { input: { login: 'AM_FRESH', role: 'analyst' } }, tokens.admin);
    expect(fieldsOf(taken)).toEqual(['login:user.loginTaken']);

    const changed = await server.gql<{ changePassword: U }>(
      CHANGE,
      { c: otp, n: 'river-stone-lantern' },
      session,
    );
    expect(changed.data!.changePassword.mustChangePassword).toBe(false);
    expect((await server.gql('{ merchants(first: 5) { totalCount } }', {}, session)).errors).toBeUndefined();
    await expect(server.login('am_fresh', otp)).rejects.toThrow(/login failed/);
    await server.login('am_fresh', 'river-stone-lantern');

    // A reset: sessions end, a new one-time password, the same obligation.
    const reset = await server.gql<{ resetUserPassword: { oneTimePassword: string; user: U } }>(
      RESET,
      { id: user.id },
      tokens.admin,
    );
    const otp2 = reset.data!.resetUserPassword.oneTimePassword;
    expect(otp2).not.toBe(otp);
    expect(codeOf(await server.gql('{ me { login } }', {}, session))).toBeUndefined();
    expect((await server.gql<{ me: null }>('{ me { login } }', {}, session)).data!.me).toBeNull();
    const again = await server.login('am_fresh', otp2);
    expect(codeOf(await server.gql('{ merchants(first: 5) { totalCount } }', {}, again))).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    // Neither password reached the audit log or its details.
    const audit = await em().execute<{ all: string }[]>(
      "select string_agg(coalesce(detail::text, '') || target, ' ') as all from audit_log",
    );
    expect(audit[0]!.all).not.toContain(otp);
    expect(audit[0]!.all).not.toContain(otp2);
    expect(audit[0]!.all).not.toContain('river-stone-lantern');
    // Nor the server's log.
    const log = readFileSync(process.env.CORNERSTONE_LOG_FILE!, 'utf8');
    for (const secret of [otp, otp2, 'river-stone-lantern']) expect(log).not.toContain(secret);
    const kinds = await em().execute<{ action: string }[]>(
      "select distinct action from audit_log where target = 'user:Am_Fresh' order by action",
    );
    expect(kinds.map((k) => k.action)).toEqual(['user.changePassword', 'user.create', 'user.resetPassword']);
  });

  it('holds logins unique in any case in the database itself', async () => {
    const before = await count('app_user');
    await expect(
      em().execute(
        "insert into app_user (login, display_name, role, password_hash) values ('ANALYST', 'x', 'analyst', 'x')",
      ),
    ).rejects.toThrow(/app_user_login_lower_unique|duplicate/);
    expect(await count('app_user')).toBe(before);
  });
});
