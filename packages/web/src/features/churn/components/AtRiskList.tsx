import { useQuery } from '@apollo/client/react';
import { Button, Empty, Result, Segmented, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { ScopeFilters } from '../../../components/ScopeFilters.tsx';
import type { AtRiskMerchantsQuery as AtRiskData } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { formatDate, formatShare, formatYuan } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { AtRiskMerchantsQuery } from '../churn.operations.ts';
import { AT_RISK_ORDERS, HIGH_SCORE, scopeFieldsFor } from '../churn.ts';
import type { useAtRiskFilters } from '../hooks/useAtRiskFilters.ts';
import { ReasonTags } from './ReasonTags.tsx';

const PAGE_SIZE = 20;
type Row = AtRiskData['atRiskMerchants']['edges'][number]['node'];

/**
 * 预警名单: the merchants at risk in the user's scope, by value at risk (CLV × score) or by score,
 * each with the reasons of its score; the roles that may choose pick a branch or a manager.
 */
export function AtRiskList({ f }: { f: ReturnType<typeof useAtRiskFilters> }) {
  const t = useT();
  const lang = useLang();
  const { user } = useAuth();
  const fields = scopeFieldsFor(user.role);
  const paging = useCursorPaging(JSON.stringify([f.filter, f.orderBy]), PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(AtRiskMerchantsQuery, {
    variables: { filter: f.filter, orderBy: f.orderBy, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.atRiskMerchants;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const asOf = rows[0]?.asOf;
  const money = (v: string | null | undefined) => (v == null ? '–' : formatYuan(v, lang));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size={[16, 8]}>
        <Space size={4}>
          <span>{t('orderBy')}</span>
          <Segmented
            data-testid="at-risk-order"
            value={f.orderBy}
            onChange={(v) => f.set({ order: v === 'VALUE_AT_RISK' ? undefined : String(v) })}
            options={AT_RISK_ORDERS.map((o) => ({
              value: o,
              label: <span data-testid={`at-risk-order-${o}`}>{t(`atRiskOrder.${o}`)}</span>,
            }))}
          />
        </Space>
        {fields.length > 0 && (
          <ScopeFilters
            value={{ branch: f.branch, manager: f.manager }}
            onChange={(patch) => f.set(patch)}
            fields={fields}
          />
        )}
      </Space>
      {asOf && (
        <Typography.Text type="secondary" data-testid="at-risk-hint">
          {t('atRiskHint', { asOf: formatDate(asOf) })}
        </Typography.Text>
      )}
      {error ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={error.message}
          extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <div data-testid="at-risk-list" data-loading={loading ? 'true' : 'false'} data-order={f.orderBy}>
          <Table<Row>
            size="small"
            rowKey={(r) => r.merchant.mid}
            loading={loading}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 1200 }}
            locale={{ emptyText: <Empty description={t('noAtRisk')} data-testid="at-risk-empty" /> }}
            onRow={(r) =>
              ({
                'data-testid': 'at-risk-row',
                'data-mid': r.merchant.mid,
                'data-branch': r.merchant.branch,
                'data-manager': r.merchant.manager.login,
                'data-score': r.score,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                title: t('name'),
                key: 'name',
                fixed: 'left',
                width: 200,
                ellipsis: { showTitle: false },
                render: (_, r) => (
                  <Link
                    to={`/merchants/${r.merchant.mid}`}
                    title={r.merchant.name}
                    data-testid="at-risk-link"
                  >
                    {r.merchant.name}
                  </Link>
                ),
              },
              {
                title: t('mid'),
                key: 'mid',
                width: 150,
                render: (_, r) => <span data-testid="at-risk-mid">{r.merchant.mid}</span>,
              },
              {
                title: t('branch'),
                key: 'branch',
                width: 100,
                ellipsis: true,
                render: (_, r) => r.merchant.branch,
                onCell: () => ({ 'data-testid': 'at-risk-branch' }) as React.HTMLAttributes<HTMLElement>,
              },
              {
                title: t('manager'),
                key: 'manager',
                width: 140, // the English header ("Account manager") whole
                ellipsis: true,
                render: (_, r) => r.merchant.manager.displayName,
                onCell: () => ({ 'data-testid': 'at-risk-manager' }) as React.HTMLAttributes<HTMLElement>,
              },
              {
                title: t('churnScore'),
                key: 'score',
                width: 80,
                align: 'right',
                render: (_, r) => (
                  <Typography.Text strong type={r.score >= HIGH_SCORE ? 'danger' : undefined}>
                    {formatShare(r.score, lang, 0)}
                  </Typography.Text>
                ),
              },
              {
                title: t('churnReasons'),
                key: 'reasons',
                width: 310,
                render: (_, r) => <ReasonTags reasons={r.reasons} maxWidth={296} />,
              },
              {
                title: t('clv'),
                key: 'clv',
                width: 110,
                align: 'right',
                render: (_, r) => money(r.clv),
              },
              {
                title: t('valueAtRisk'),
                key: 'valueAtRisk',
                width: 110,
                align: 'right',
                render: (_, r) => (
                  <Typography.Text strong data-testid="at-risk-value">
                    {money(r.valueAtRisk)}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <CursorPager
            paging={paging}
            pageInfo={conn?.pageInfo}
            totalCount={conn?.totalCount}
            loading={loading}
            total="atRiskTotal"
            testIds={{
              total: 'at-risk-total',
              next: 'at-risk-next',
              previous: 'at-risk-previous',
              first: 'at-risk-first',
              last: 'at-risk-last',
            }}
          />
        </div>
      )}
    </Space>
  );
}
