import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Table } from 'antd';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { MerchantChangesQuery as MerchantChangesData } from '../../../gql/graphql.ts';
import { parseChanges } from '../../../lib/changes.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { MerchantChangesQuery } from '../merchant.operations.ts';

const PAGE_SIZE = 10;
const CODED: Record<string, string> = { status: 'status', category_code: 'category', fee_plan: 'feePlan' };
type Change = NonNullable<MerchantChangesData['merchant']>['changesConnection']['edges'][number]['node'];

/**
 * The merchant's change records, newest first, a page at a time, each field with its old and new
 * value, named in the user's language (the mobile masked, as the server records it). The pager
 * shows once there is more than one page.
 */
export function ChangeHistory({ mid }: { mid: string }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const paging = useCursorPaging(mid, PAGE_SIZE);
  // Coded values in the user's language (a status, a category, a plan); the rest as recorded.
  const shownValue = (field: string, v: string) => {
    const prefix = CODED[field];
    return prefix ? tc(prefix, v) : v;
  };
  const { data, previousData, loading, error } = useQuery(MerchantChangesQuery, {
    variables: { mid, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  // While the next page loads, the page before it; never another merchant's.
  const shown = data ?? (previousData?.merchant?.mid === mid ? previousData : undefined);
  const conn = shown?.merchant?.changesConnection;
  return (
    <>
      {error && <Alert type="error" showIcon title={t('error')} description={error.message} />}
      <Table<Change>
        data-testid="change-history"
        size="small"
        loading={loading && !conn}
        pagination={false}
        rowKey={(c) => `${c.changedAt}-${c.kind}-${c.source}-${c.changes}`}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        columns={[
          {
            title: t('changedAt'),
            dataIndex: 'changedAt',
            width: 140,
            render: (v: string) => formatDateTime(v, lang),
          },
          { title: t('kind'), dataIndex: 'kind', width: 90, render: (k: string) => tc('changeKind', k) },
          {
            title: t('changeDetail'),
            dataIndex: 'changes',
            render: (json: string) => {
              const rows = parseChanges(json);
              if (rows.length === 0) return '–';
              return (
                <div>
                  {rows.map((r) => (
                    <div key={r.field}>
                      {r.field && <strong>{tc('changeField', r.field)}: </strong>}
                      {r.from && r.from !== '–' ? `${shownValue(r.field, r.from)} → ` : ''}
                      {shownValue(r.field, r.to)}
                    </div>
                  ))}
                </div>
              );
            },
          },
          { title: t('actor'), dataIndex: 'actor', width: 110, ellipsis: true },
          { title: t('source'), dataIndex: 'source', width: 160, ellipsis: true },
        ]}
      />
      <CursorPager
        onlyWhenPaged
        paging={paging}
        pageInfo={conn?.pageInfo}
        totalCount={conn?.totalCount}
        loading={loading}
        total="changesTotal"
        testIds={{ total: 'changes-total', next: 'changes-next', previous: 'changes-previous' }}
      />
    </>
  );
}
