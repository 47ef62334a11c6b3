import { Alert, Button, Card, Empty, Table } from 'antd';
import { Link } from 'react-router';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { MerchantTerminalsQuery } from '../../../gql/graphql.ts';
import { formatDate } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.ts';
import type { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { TerminalStatusTag } from './TerminalStatusTag.tsx';

type Terminals = NonNullable<MerchantTerminalsQuery['merchant']>['terminalsConnection'];
type Terminal = Terminals['edges'][number]['node'];

/**
 * 终端: a page of the merchant's POS terminals, by TID, with 报修 on each working or faulty one. The
 * pager shows only when there is more than one page (most merchants have a few terminals).
 */
export function TerminalsCard({
  mid,
  terminals,
  paging,
  loading,
  onReport,
  faultsLink,
  error,
}: {
  mid: string;
  terminals: Terminals | undefined;
  paging: ReturnType<typeof useCursorPaging>;
  loading: boolean;
  /** Opens the fault form; absent when the role may not report faults. */
  onReport?: ((t: Terminal) => void) | undefined;
  faultsLink: boolean;
  /** The terminals query failed. */
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <Card
      size="small"
      title={t('terminals')}
      data-testid="terminals"
      data-count={terminals?.totalCount ?? ''}
      extra={faultsLink ? <Link to={`/faults?mid=${mid}`}>{t('faultTickets')}</Link> : undefined}
    >
      {error && (
        <Alert type="error" showIcon title={t('error')} description={error} style={{ marginBottom: 8 }} />
      )}
      <Table<Terminal>
        size="small"
        rowKey="id"
        loading={loading && !terminals}
        dataSource={terminals?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noTerminals')} /> }}
        onRow={(r) => ({ 'data-testid': `terminal-${r.tid}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('tid'), dataIndex: 'tid', width: 96 },
          {
            title: t('terminalModel'),
            ellipsis: true,
            render: (_, r) => (
              <span
                title={`${t('serialNo')} ${r.serialNo} · ${t('installedOn')} ${formatDate(r.installedOn)}`}
              >
                {r.model}
              </span>
            ),
          },
          {
            title: t('status'),
            dataIndex: 'status',
            width: 72,
            render: (s: Terminal['status']) => <TerminalStatusTag status={s} />,
          },
          ...(onReport
            ? [
                {
                  key: 'report',
                  width: 64,
                  render: (_: unknown, r: Terminal) =>
                    r.status !== 'REMOVED' && (
                      <Button
                        type="link"
                        size="small"
                        style={{ paddingInline: 0 }}
                        data-testid="report-fault"
                        onClick={() => onReport(r)}
                      >
                        {t('reportFaultShort')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <CursorPager
        onlyWhenPaged
        paging={paging}
        pageInfo={terminals?.pageInfo}
        totalCount={terminals?.totalCount}
        loading={loading}
        total="terminalsTotal"
        testIds={{ total: 'terminals-total', next: 'terminals-next', previous: 'terminals-previous' }}
      />
    </Card>
  );
}
