import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Popconfirm, Result, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { MoveMerchantsModal } from '../../../components/MoveMerchantsModal.tsx';
import type { UsersQuery as UsersData } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import {
  DeactivateUserMutation,
  ReactivateUserMutation,
  ResetUserPasswordMutation,
  UserBranchesQuery,
  UsersQuery,
} from '../admin.operations.ts';
import { roleChoices, usersFilter } from '../users.ts';
import { OneTimePasswordDialog } from './OneTimePasswordDialog.tsx';
import { type EditedUser, UserFormDialog } from './UserFormDialog.tsx';

const PAGE_SIZE = 20;
type UserRow = UsersData['usersConnection']['edges'][number]['node'];
type Filter = { role?: string; branch?: string; status?: string; search?: string };

/**
 * 用户管理: the users the signed-in administrator manages (a branch manager: their branch's account
 * managers and operations staff), filtered and a page at a time; create, edit, deactivate or
 * reactivate (confirmed), and reset a password (the one-time password shown once).
 */
export function UsersPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const { user: me } = useAuth();
  const [filter, setFilter] = useState<Filter>({});
  const [search, setSearch] = useState('');
  const variablesFilter = usersFilter(filter);
  const paging = useCursorPaging(JSON.stringify(variablesFilter), PAGE_SIZE);
  const users = useQuery(UsersQuery, {
    variables: { filter: variablesFilter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const branches = useQuery(UserBranchesQuery, { skip: me.role !== 'admin' });
  const [dialog, setDialog] = useState<{ editing: EditedUser | null } | null>(null);
  const [shown, setShown] = useState<{ login: string; password: string } | null>(null);
  const [deactivate] = useMutation(DeactivateUserMutation);
  const [reactivate] = useMutation(ReactivateUserMutation);
  const [reset] = useMutation(ResetUserPasswordMutation);
  // A manager who still owns merchants: their portfolio moves to a colleague first, then they go.
  const [handover, setHandover] = useState<{ user: UserRow; count: number } | null>(null);
  const deactivateOrHandOver = async (r: UserRow) => {
    try {
      await deactivate({ variables: { id: r.id } });
      message.success(t('userDeactivated', { login: r.login }));
      void users.refetch();
    } catch (e) {
      const owns = ownedMerchants(e);
      if (owns !== null) setHandover({ user: r, count: owns });
      else refusal(e);
    }
  };

  // A refusal (the last administrator, merchants still owned…) in the user's language, by its code.
  const refusal = (e: unknown) => {
    const p = fieldProblems(e, ['id'] as const, lang);
    message.error([...p.fields.map((f) => f.message), ...p.other].join('; '));
  };
  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) message.success(done);
      void users.refetch();
    } catch (e) {
      refusal(e);
    }
  };

  const conn = (users.data ?? users.previousData)?.usersConnection;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const roles = roleChoices(me.role);
  return (
    <Card
      size="small"
      title={t('usersTitle')}
      data-testid="page-users"
      data-loading={users.loading ? 'true' : 'false'}
      extra={
        <Button type="primary" onClick={() => setDialog({ editing: null })} data-testid="user-create">
          {t('userCreate')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('anyRole')}
          value={filter.role}
          onChange={(role) => setFilter({ ...filter, role })}
          options={roles.map((r) => ({ value: r, label: tc('role', r) }))}
          data-testid="users-filter-role"
        />
        {me.role === 'admin' && (
          <Select
            allowClear
            showSearch
            style={{ width: 160 }}
            placeholder={t('anyBranch')}
            value={filter.branch}
            onChange={(branch) => setFilter({ ...filter, branch })}
            options={(branches.data?.branchesConnection.edges ?? []).map((e) => ({
              value: e.node.name,
              label: e.node.name,
            }))}
            data-testid="users-filter-branch"
          />
        )}
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('anyStatus')}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
          options={[
            { value: 'active', label: t('userIsActive') },
            { value: 'inactive', label: t('userIsInactive') },
          ]}
          data-testid="users-filter-status"
        />
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('userSearch')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => setFilter({ ...filter, search: v })}
          data-testid="users-search"
        />
      </Space>
      {users.error && !conn ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={users.error.message}
          extra={<Button onClick={() => users.refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <>
          <Table<UserRow>
            size="small"
            rowKey="id"
            dataSource={rows}
            loading={users.loading}
            pagination={false}
            scroll={{ x: 1100 }}
            onRow={(r) =>
              ({
                'data-testid': `user-row-${r.login}`,
                'data-active': String(r.active),
              }) as Record<string, string>
            }
            columns={[
              { title: t('userLogin'), dataIndex: 'login', width: 150 },
              { title: t('userName'), dataIndex: 'displayName', width: 140 },
              { title: t('userRole'), dataIndex: 'role', width: 150, render: (r: string) => tc('role', r) },
              { title: t('branch'), dataIndex: 'branch', width: 140, render: (b: string | null) => b ?? '–' },
              {
                title: t('userActive'),
                dataIndex: 'active',
                width: 150,
                render: (active: boolean, r) => (
                  <Space size={4}>
                    <Tag color={active ? 'green' : 'default'}>
                      {active ? t('userIsActive') : t('userIsInactive')}
                    </Tag>
                    {r.mustChangePassword && <Tag color="orange">{t('userMustChange')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('userLastSignIn'),
                dataIndex: 'lastSignInAt',
                width: 150,
                render: (v: string | null) => (v ? formatDateTime(v, lang) : t('userNeverSignedIn')),
              },
              {
                title: t('userActions'),
                key: 'actions',
                width: 320,
                render: (_, r) =>
                  r.login === me.login ? null : (
                    <Space size={0} wrap>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setDialog({ editing: r })}
                        data-testid={`user-edit-${r.login}`}
                      >
                        {t('userEdit')}
                      </Button>
                      <Popconfirm
                        title={t('userResetConfirm', { login: r.login })}
                        okText={t('userResetPassword')}
                        cancelText={t('cancel')}
                        okButtonProps={{ 'data-testid': 'confirm-ok' } as Record<string, string>}
                        onConfirm={() =>
                          run(async () => {
                            const res = await reset({ variables: { id: r.id } });
                            if (res.data)
                              setShown({
                                login: r.login,
                                password: res.data.resetUserPassword.oneTimePassword,
                              });
                          })
                        }
                      >
                        <Button type="link" size="small" data-testid={`user-reset-${r.login}`}>
                          {t('userResetPassword')}
                        </Button>
                      </Popconfirm>
                      <Popconfirm
                        title={t(r.active ? 'userDeactivateConfirm' : 'userReactivateConfirm', {
                          login: r.login,
                        })}
                        okText={t(r.active ? 'userDeactivate' : 'userReactivate')}
                        cancelText={t('cancel')}
                        okButtonProps={{
                          danger: r.active,
                          ...({ 'data-testid': 'confirm-ok' } as Record<string, string>),
                        }}
                        onConfirm={() =>
                          r.active
                            ? deactivateOrHandOver(r)
                            : run(
                                () => reactivate({ variables: { id: r.id } }),
                                t('userReactivated', { login: r.login }),
                              )
                        }
                      >
                        <Button
                          type="link"
                          size="small"
                          danger={r.active}
                          data-testid={`user-${r.active ? 'deactivate' : 'reactivate'}-${r.login}`}
                        >
                          {t(r.active ? 'userDeactivate' : 'userReactivate')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
              },
            ]}
          />
          <CursorPager
            paging={paging}
            pageInfo={conn?.pageInfo}
            totalCount={conn?.totalCount}
            loading={users.loading}
            total="usersTotal"
            testIds={{ total: 'users-total', next: 'users-next' }}
          />
        </>
      )}
      {handover && (
        <MoveMerchantsModal
          open
          selection={{ filter: { manager: handover.user.login } }}
          count={handover.count}
          branch={handover.user.branch}
          exclude={handover.user.login}
          intro={t('userHandOver', { login: handover.user.login, n: handover.count })}
          onClose={() => setHandover(null)}
          onMoved={() => {
            const u = handover.user;
            setHandover(null);
            void run(() => deactivate({ variables: { id: u.id } }), t('userDeactivated', { login: u.login }));
          }}
        />
      )}
      <UserFormDialog
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null);
          message.success(t('userSaved'));
          void users.refetch();
        }}
        onCreated={(login, password) => {
          setDialog(null);
          setShown({ login, password });
          void users.refetch();
        }}
      />
      <OneTimePasswordDialog shown={shown} onClose={() => setShown(null)} />
    </Card>
  );
}

/** The number of merchants a refused deactivation names (`user.ownsMerchants`), else null. */
function ownedMerchants(e: unknown): number | null {
  if (!CombinedGraphQLErrors.is(e)) return null;
  for (const err of e.errors) {
    const ext = (err.extensions ?? {}) as { problem?: unknown; params?: { count?: unknown } };
    if (ext.problem === 'user.ownsMerchants') return Number(ext.params?.count ?? 0);
  }
  return null;
}
