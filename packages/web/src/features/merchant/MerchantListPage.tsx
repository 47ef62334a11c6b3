import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, Space, Table, Tag } from 'antd';
import { useContext, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatMoney, formatRate } from '../../lib/format.ts';
import { LangContext, useT } from '../../lib/i18n.ts';
import { TierTag } from './components/TierTag.tsx';
import { MerchantListQuery } from './merchant.operations.ts';

const PAGE = 20;

export function MerchantListPage() {
  const t = useT();
  const { lang } = useContext(LangContext);
  const [params, setParams] = useSearchParams();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const period = params.get('period') ?? new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 7);
  const filter = {
    tier: (params.get('tier') as never) ?? undefined,
    period: params.get('tier') ? period : undefined,
    branch: params.get('branch') ?? undefined,
    category: params.get('category') ?? undefined,
    manager: params.get('manager') ?? undefined,
    search: params.get('search') ?? undefined,
  };
  const after = cursors.at(-1) ?? null;
  const { data, loading, error } = useQuery(MerchantListQuery, {
    variables: { filter, first: PAGE, after, period },
  });
  const conn = data?.merchants;
  const setFilter = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
    setCursors([null]);
  };
  return (
    <Card
      title={t('menuMerchants')}
      extra={
        <Space wrap>
          {filter.tier && (
            <Tag closable onClose={() => setFilter('tier', undefined)} data-testid="tier-filter-tag">
              {t(`tier${filter.tier}` as never)} · {period}
            </Tag>
          )}
          {filter.branch && (
            <Tag closable onClose={() => setFilter('branch', undefined)}>
              {filter.branch}
            </Tag>
          )}
          <Input.Search
            allowClear
            placeholder={t('search')}
            defaultValue={filter.search}
            onSearch={(v) => setFilter('search', v || undefined)}
            style={{ width: 240 }}
            data-testid="merchant-search"
          />
        </Space>
      }
    >
      {error && <Alert type="error" title={t('error')} description={error.message} />}
      <Table
        size="small"
        rowKey={(r) => r.node.mid}
        loading={loading}
        dataSource={conn?.edges ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('mid'),
            render: (_, r) => <Link to={`/merchants/${r.node.mid}`}>{r.node.mid}</Link>,
            width: 160,
          },
          { title: t('name'), render: (_, r) => r.node.name, ellipsis: true },
          { title: t('tier'), render: (_, r) => <TierTag tier={r.node.tier ?? null} />, width: 100 },
          { title: t('branch'), render: (_, r) => r.node.branch, width: 110 },
          { title: t('manager'), render: (_, r) => r.node.manager.displayName, width: 100 },
          { title: t('category'), render: (_, r) => r.node.categoryName, width: 80 },
          {
            title: t('feePlan'),
            render: (_, r) =>
              `${formatRate(r.node.feePlan.rate)}${r.node.feePlan.cap ? ` / ¥${r.node.feePlan.cap}` : ''}`,
            width: 120,
          },
          {
            title: `${t('profit')} ${period}`,
            render: (_, r) => formatMoney(r.node.profit, lang),
            align: 'right',
            width: 130,
          },
          { title: t('status'), render: (_, r) => r.node.status, width: 90 },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <span data-testid="merchant-total">{t('total', { n: conn?.totalCount ?? 0 })}</span>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('previous')}
        </Button>
        <Button
          disabled={!conn?.pageInfo.hasNextPage}
          onClick={() => conn?.pageInfo.endCursor && setCursors([...cursors, conn.pageInfo.endCursor])}
        >
          {t('next')}
        </Button>
      </Space>
    </Card>
  );
}
