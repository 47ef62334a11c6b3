import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Result, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { TierTag } from '../../../components/TierTag.tsx';
import type { MerchantListQuery as MerchantListData } from '../../../gql/graphql.ts';
import { formatMoney, formatRate } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { merchantExportUrl } from '../export-url.ts';
import { useMerchantListFilters } from '../hooks/useMerchantListFilters.ts';
import { MerchantListQuery } from '../merchant.operations.ts';
import { MerchantListFilters } from './MerchantListFilters.tsx';
import { StatusTag } from './StatusTag.tsx';

const PAGE_SIZE = 20;
type Row = MerchantListData['merchants']['edges'][number]['node'];

/** 商户列表: server-side filter and cursor paging; the filter is in the URL. */
export function MerchantListPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const f = useMerchantListFilters();
  const paging = useCursorPaging(JSON.stringify(f.filter), PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(MerchantListQuery, {
    variables: { filter: f.filter, ...paging.variables, period: f.period },
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.merchants;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <MerchantListFilters f={f} />
      <Card size="small" data-testid="merchant-list" data-loading={loading ? 'true' : 'false'}>
        {error ? (
          <Result
            status="error"
            title={t('error')}
            subTitle={error.message}
            extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
          />
        ) : (
          <>
            <Table<Row>
              size="small"
              rowKey="mid"
              loading={loading}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 1080 }}
              locale={{ emptyText: <Empty description={t('noMerchants')} /> }}
              onRow={(r) => ({ 'data-testid': `merchant-row-${r.mid}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t('mid'),
                  dataIndex: 'mid',
                  width: 150,
                  fixed: 'left',
                  render: (mid: string) => (
                    <Link to={`/merchants/${mid}`} data-testid="merchant-link">
                      {mid}
                    </Link>
                  ),
                },
                { title: t('name'), dataIndex: 'name', ellipsis: true },
                {
                  title: `${t('tier')} ${f.period}`,
                  dataIndex: 'tier',
                  width: 104,
                  render: (tier: Row['tier']) => <TierTag tier={tier} />,
                },
                { title: t('branch'), dataIndex: 'branch', width: 104, ellipsis: true },
                { title: t('manager'), width: 96, ellipsis: true, render: (_, r) => r.manager.displayName },
                {
                  title: t('category'),
                  dataIndex: 'category',
                  width: 96,
                  render: (c: string, r) => tc('category', c) || r.categoryName,
                },
                {
                  title: t('feePlan'),
                  width: 130,
                  render: (_, r) =>
                    r.feePlan.cap
                      ? `${formatRate(r.feePlan.rate)} · ${t('cap')} ${formatMoney(r.feePlan.cap, lang)}`
                      : formatRate(r.feePlan.rate),
                },
                {
                  title: t('profitOf', { period: f.period }),
                  dataIndex: 'profit',
                  width: 124,
                  align: 'right',
                  render: (p: string) => (
                    <span style={{ color: p.startsWith('-') ? '#cf1322' : undefined }}>
                      {formatMoney(p, lang)}
                    </span>
                  ),
                },
                {
                  title: t('status'),
                  dataIndex: 'status',
                  width: 88,
                  render: (s: string) => <StatusTag status={s} />,
                },
              ]}
            />
            <CursorPager
              paging={paging}
              pageInfo={conn?.pageInfo}
              totalCount={conn?.totalCount}
              loading={loading}
              total="total"
              testIds={{
                total: 'merchant-total',
                next: 'page-next',
                previous: 'page-previous',
                first: 'page-first',
                last: 'page-last',
              }}
              before={f.tier && <Tag color="purple">{`${t(`tier.${f.tier}`)} · ${f.period}`}</Tag>}
              actions={
                <>
                  <Button data-testid="export-csv" href={merchantExportUrl('csv', f.filter)} download>
                    {t('exportCsv')}
                  </Button>
                  <Button data-testid="export-xlsx" href={merchantExportUrl('xlsx', f.filter)} download>
                    {t('exportXlsx')}
                  </Button>
                </>
              }
            />
          </>
        )}
      </Card>
    </Space>
  );
}
