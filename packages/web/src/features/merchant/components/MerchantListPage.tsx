import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Result, Space, Table, type TableProps, Tag } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { MoveMerchantsModal, type MoveSelection } from '../../../components/MoveMerchantsModal.tsx';
import { NumberPager } from '../../../components/NumberPager.tsx';
import { TierTag } from '../../../components/TierTag.tsx';
import { useTierNames } from '../../../components/useTierNames.ts';
import type { MerchantListQuery as MerchantListData, MerchantOrderField } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { formatCount, formatMoney, formatRate } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { merchantExportUrl } from '../export-url.ts';
import { useMerchantListFilters } from '../hooks/useMerchantListFilters.ts';
import { PAGE_SIZES, useMerchantListOrder } from '../hooks/useMerchantListOrder.ts';
import { MerchantListQuery } from '../merchant.operations.ts';
import { MerchantFormDialog } from './MerchantFormDialog.tsx';
import { MerchantListFilters } from './MerchantListFilters.tsx';
import { StatusTag } from './StatusTag.tsx';

type Row = MerchantListData['merchants']['edges'][number]['node'];

// Figures people look at largest first: the first click sorts them downward.
const LARGEST_FIRST: SortOrder[] = ['descend', 'ascend'];

/**
 * 商户列表: filtered, sorted and paged by the server — numbered pages of 20, 50 or 100, the columns
 * people sort by (MID, name, tier, profit, last contact, value). Filter, order and page are in the URL.
 */
export function MerchantListPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const f = useMerchantListFilters();
  const tierNames = useTierNames(f.period);
  const o = useMerchantListOrder();
  const { data, previousData, loading, error, refetch } = useQuery(MerchantListQuery, {
    variables: { filter: f.filter, ...o.variables, period: f.period },
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.merchants;
  // 客户移交: branch managers and administrators select merchants, or take the whole filter.
  const { user } = useAuth();
  const mayMove = canDo(user.role, 'manageMerchants');
  const [selected, setSelected] = useState<string[]>([]);
  const [moving, setMoving] = useState<{ selection: MoveSelection; count: number } | null>(null);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const rows = conn?.edges.map((e) => e.node) ?? [];
  // The controlled sort of a column: shown on the column the list is ordered by.
  const sorted = (field: MerchantOrderField, directions?: SortOrder[]) => ({
    key: field,
    sorter: true,
    sortDirections: directions,
    sortOrder: (o.orderBy === field ? (o.direction === 'DESC' ? 'descend' : 'ascend') : null) as SortOrder,
  });
  const onChange: TableProps<Row>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (!s?.order) o.sortBy(null, 'ASC');
    else o.sortBy(s.columnKey as MerchantOrderField, s.order === 'descend' ? 'DESC' : 'ASC');
  };
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
              onChange={onChange}
              rowSelection={
                mayMove
                  ? {
                      selectedRowKeys: selected,
                      preserveSelectedRowKeys: true,
                      onChange: (keys) => setSelected(keys.map(String)),
                    }
                  : undefined
              }
              showSorterTooltip={false}
              scroll={{ x: 1320 }}
              locale={{ emptyText: <Empty description={t('noMerchants')} /> }}
              onRow={(r) => ({ 'data-testid': `merchant-row-${r.mid}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t('mid'),
                  dataIndex: 'mid',
                  width: 150,
                  fixed: 'left',
                  ...sorted('MID'),
                  render: (mid: string) => (
                    <Link to={`/merchants/${mid}`} data-testid="merchant-link">
                      {mid}
                    </Link>
                  ),
                },
                { title: t('name'), dataIndex: 'name', ellipsis: true, ...sorted('NAME') },
                {
                  title: `${t('tier')} ${f.period}`,
                  dataIndex: 'tier',
                  width: 120,
                  ...sorted('TIER', LARGEST_FIRST),
                  render: (tier: Row['tier']) => <TierTag tier={tier} period={f.period} />,
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
                  width: 136,
                  align: 'right',
                  ...sorted('PROFIT', LARGEST_FIRST),
                  render: (p: string) => (
                    <span
                      data-testid="merchant-profit"
                      data-value={p}
                      style={{ color: p.startsWith('-') ? '#cf1322' : undefined }}
                    >
                      {formatMoney(p, lang)}
                    </span>
                  ),
                },
                {
                  // The last contact that reached the merchant, not the contact data's verification.
                  title: t('lastContact'),
                  dataIndex: 'lastContactOn',
                  width: 120,
                  ...sorted('LAST_CONTACT', LARGEST_FIRST),
                  render: (d: string | null) => d ?? '–',
                },
                {
                  title: t('clv'),
                  width: 130,
                  align: 'right',
                  ...sorted('VALUE', LARGEST_FIRST),
                  render: (_, r) => (r.clv ? formatMoney(r.clv.clv, lang) : '–'),
                },
                {
                  title: t('status'),
                  dataIndex: 'status',
                  width: 88,
                  render: (s: string) => <StatusTag status={s} />,
                },
              ]}
            />
            <NumberPager
              page={o.page}
              size={o.size}
              sizes={PAGE_SIZES}
              totalCount={conn?.totalCount}
              loading={loading}
              total="total"
              onChange={o.goTo}
              testIds={{ total: 'merchant-total', pager: 'merchant-pager' }}
              before={
                f.tier && (
                  <Tag color="purple">{`${tierNames?.[f.tier] ?? t(`tier.${f.tier}`)} · ${f.period}`}</Tag>
                )
              }
              actions={
                <>
                  {mayMove && (
                    <>
                      <Button data-testid="merchant-new" onClick={() => setCreating(true)}>
                        {t('merchantNew')}
                      </Button>
                      <Button
                        data-testid="move-selected"
                        disabled={selected.length === 0}
                        onClick={() => setMoving({ selection: { mids: selected }, count: selected.length })}
                      >
                        {t('moveSelected')}
                        {selected.length ? ` (${formatCount(selected.length, lang)})` : ''}
                      </Button>
                      <Button
                        data-testid="move-all"
                        disabled={!conn?.totalCount}
                        onClick={() =>
                          setMoving({ selection: { filter: f.filter }, count: conn?.totalCount ?? 0 })
                        }
                      >
                        {t('moveAllMatching', { n: formatCount(conn?.totalCount ?? 0, lang) })}
                      </Button>
                    </>
                  )}
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
      {mayMove && (
        <MerchantFormDialog
          open={creating}
          merchant={null}
          onClose={() => setCreating(false)}
          onSaved={(mid) => {
            setCreating(false);
            navigate(`/merchants/${mid}`);
          }}
        />
      )}
      {moving && (
        <MoveMerchantsModal
          open
          selection={moving.selection}
          count={moving.count}
          branch={user.role === 'branch_manager' ? user.branch : f.branch}
          exclude={f.manager}
          onClose={() => setMoving(null)}
          onMoved={() => {
            setMoving(null);
            setSelected([]);
            void refetch();
          }}
        />
      )}
    </Space>
  );
}
