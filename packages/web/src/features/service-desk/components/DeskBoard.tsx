import { Button, Card, Empty, Result, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { DeskOrder } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';
import type { PageInfo, useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { DeskOrderSwitch } from './DeskOrderSwitch.tsx';

/**
 * A desk board (投诉工单, 故障工单): a card of the order and the filters, then the card of the list
 * with its expandable history rows and the pager; a failed load offers a retry. Test ids follow
 * `testId`: `<testId>-order`, `<testId>-list`, `<testId>-row` (with data-id and data-status, plus
 * `rowData`), `<testId>-total` and `<testId>-total-next`.
 */
export function DeskBoard<R extends { id: string; status: string }>({
  testId,
  title,
  desk,
  filters,
  query,
  connection,
  paging,
  emptyText,
  expandedRowRender,
  rowData,
  columns,
  dialog,
}: {
  testId: string;
  title: string;
  /** The board's filters in the URL: its order, whether any filter is set (then 清除筛选 shows). */
  desk: {
    orderBy: DeskOrder;
    active: boolean;
    set: (p: { order: string | undefined }) => void;
    clear: () => void;
  };
  /** The board's own filters, after the order switch. */
  filters: ReactNode;
  query: { loading: boolean; error?: { message: string }; refetch: () => unknown };
  /** This page of the list, the last one while the next loads. */
  connection: { edges: { node: R }[]; pageInfo: PageInfo; totalCount: number } | undefined;
  paging: ReturnType<typeof useCursorPaging>;
  emptyText: string;
  expandedRowRender: (row: R) => ReactNode;
  rowData: (row: R) => Record<`data-${string}`, string>;
  columns: TableColumnsType<R>;
  /** The step dialog, rendered after the list. */
  dialog: ReactNode;
}) {
  const t = useT();
  const { loading, error } = query;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={title}>
        <Space wrap size={[16, 8]}>
          <DeskOrderSwitch
            value={desk.orderBy}
            testId={`${testId}-order`}
            onChange={(v) => desk.set({ order: v })}
          />
          {filters}
          {desk.active && <Button onClick={desk.clear}>{t('clearFilters')}</Button>}
        </Space>
      </Card>
      <Card size="small" data-testid={`${testId}-list`} data-loading={loading ? 'true' : 'false'}>
        {error ? (
          <Result
            status="error"
            title={t('error')}
            subTitle={error.message}
            extra={<Button onClick={() => query.refetch()}>{t('retry')}</Button>}
          />
        ) : (
          <>
            <Table<R>
              size="small"
              rowKey="id"
              loading={loading}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 1120 }}
              locale={{ emptyText: <Empty description={emptyText} /> }}
              expandable={{ expandedRowRender, columnWidth: 32 }}
              onRow={(r) =>
                ({
                  'data-testid': `${testId}-row`,
                  'data-id': r.id,
                  'data-status': r.status,
                  ...rowData(r),
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={columns}
            />
            <CursorPager
              paging={paging}
              pageInfo={connection?.pageInfo}
              totalCount={connection?.totalCount}
              loading={loading}
              total="itemsTotal"
              testIds={{ total: `${testId}-total`, next: `${testId}-total-next` }}
            />
          </>
        )}
      </Card>
      {dialog}
    </Space>
  );
}
