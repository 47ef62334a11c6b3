import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Result, Table, Tag } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { ApiTokensQuery as ApiTokensData } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { ApiTokensQuery, RevokeApiTokenMutation } from '../admin-pages.operations.ts';
import { CreateApiTokenDialog } from './CreateApiTokenDialog.tsx';
import { SecretOnceDialog } from './SecretOnceDialog.tsx';

const PAGE_SIZE = 20;
type TokenRow = ApiTokensData['apiTokensConnection']['edges'][number]['node'];

/**
 * API 令牌: the integrators' tokens, newest first — who made each, when it was last used, whether it
 * is revoked or expired. A new token is shown once in a dialog (the server keeps only its hash);
 * revoking, confirmed, refuses its next request.
 */
export function ApiTokensPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const paging = useCursorPaging('tokens', PAGE_SIZE);
  const tokens = useQuery(ApiTokensQuery, {
    variables: paging.variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ title: string; hint: string; secret: string } | null>(null);
  const [revoke] = useMutation(RevokeApiTokenMutation);

  const revokeToken = async (r: TokenRow) => {
    try {
      await revoke({ variables: { name: r.name } });
      message.success(t('tokenRevokedDone', { name: r.name }));
      void tokens.refetch();
    } catch (e) {
      const p = fieldProblems(e, [] as const, lang);
      message.error(p.other.join('; '));
    }
  };

  const conn = (tokens.data ?? tokens.previousData)?.apiTokensConnection;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const now = Date.now();
  const status = (r: TokenRow) =>
    r.revokedAt ? 'revoked' : r.expiresAt && Date.parse(r.expiresAt) <= now ? 'expired' : 'active';
  return (
    <Card
      size="small"
      title={t('tokensTitle')}
      data-testid="page-api-tokens"
      data-loading={tokens.loading ? 'true' : 'false'}
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="token-create">
          {t('tokenCreate')}
        </Button>
      }
    >
      {tokens.error && !conn ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={tokens.error.message}
          extra={<Button onClick={() => tokens.refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <>
          <Table<TokenRow>
            size="small"
            rowKey="id"
            dataSource={rows}
            loading={tokens.loading}
            pagination={false}
            scroll={{ x: 1000 }}
            onRow={(r) =>
              ({ 'data-testid': `token-row-${r.name}`, 'data-status': status(r) }) as Record<string, string>
            }
            columns={[
              { title: t('tokenName'), dataIndex: 'name', width: 170, ellipsis: { showTitle: true } },
              {
                title: t('tokenRole'),
                dataIndex: 'role',
                width: 170,
                render: (role: string, r) => `${tc('role', role)}${r.branch ? ` · ${r.branch}` : ''}`,
              },
              { title: t('tokenOwner'), dataIndex: 'createdBy', width: 110, ellipsis: { showTitle: true } },
              {
                title: t('tokenCreated'),
                dataIndex: 'createdAt',
                width: 140,
                render: (v: string) => formatDateTime(v, lang),
              },
              {
                title: t('tokenLastUsed'),
                dataIndex: 'lastUsedAt',
                width: 140,
                render: (v: string | null) => (v ? formatDateTime(v, lang) : t('tokenNeverUsed')),
              },
              {
                title: t('tokenStatus'),
                key: 'status',
                width: 200,
                render: (_, r) => {
                  const s = status(r);
                  if (s === 'revoked')
                    return <Tag>{`${t('tokenRevokedAt')} ${formatDateTime(r.revokedAt!, lang)}`}</Tag>;
                  if (s === 'expired') return <Tag color="orange">{t('tokenExpired')}</Tag>;
                  return (
                    <Tag color="green">
                      {r.expiresAt
                        ? t('tokenExpiresAt', { at: formatDateTime(r.expiresAt, lang) })
                        : t('tokenActive')}
                    </Tag>
                  );
                },
              },
              {
                title: t('userActions'),
                key: 'actions',
                width: 90,
                render: (_, r) =>
                  r.revokedAt ? null : (
                    <Popconfirm
                      title={t('tokenRevokeConfirm', { name: r.name })}
                      okText={t('tokenRevoke')}
                      cancelText={t('cancel')}
                      okButtonProps={{
                        danger: true,
                        ...({ 'data-testid': 'confirm-ok' } as Record<string, string>),
                      }}
                      onConfirm={() => revokeToken(r)}
                    >
                      <Button type="link" size="small" danger data-testid={`token-revoke-${r.name}`}>
                        {t('tokenRevoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
          <CursorPager
            paging={paging}
            pageInfo={conn?.pageInfo}
            totalCount={conn?.totalCount}
            loading={tokens.loading}
            total="tokensTotal"
            testIds={{ total: 'tokens-total', next: 'tokens-next' }}
          />
        </>
      )}
      <CreateApiTokenDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(name, token) => {
          setCreating(false);
          setShown({ title: t('tokenSecretTitle', { name }), hint: t('tokenSecretHint'), secret: token });
          paging.first();
          void tokens.refetch();
        }}
      />
      <SecretOnceDialog shown={shown} onClose={() => setShown(null)} testId="token-secret" />
    </Card>
  );
}
