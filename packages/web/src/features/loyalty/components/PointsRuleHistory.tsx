import { useQuery } from '@apollo/client/react';
import { Table, Tag, Typography } from 'antd';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { PointsRulesQuery } from '../loyalty.operations.ts';
import type { PointsRuleRow } from '../points-table-form.ts';
import { usePointsColumns } from './usePointsColumns.tsx';

type HistoryRow = PointsRuleRow & {
  validFrom: string;
  validTo?: string | null;
  savedBy: string;
  savedAt: string;
};

/** Every version of the table, newest first: when each row was in force and who saved it. */
export function PointsRuleHistory({ today }: { today: string }) {
  const t = useT();
  const lang = useLang();
  const paging = useCursorPaging('points-history', 20);
  const history = useQuery(PointsRulesQuery, { variables: { on: null, ...paging.variables } });
  const conn = history.data?.pointsRules;
  const columns = usePointsColumns<HistoryRow>();
  return (
    <div data-testid="ptable-history">
      <Typography.Text strong>{t('ptableHistory')}</Typography.Text>
      <Table<HistoryRow>
        rowKey={(r) => `${r.validFrom}:${r.code}`}
        size="small"
        loading={history.loading}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        pagination={false}
        columns={[
          {
            title: t('ptableValid'),
            key: 'valid',
            render: (_, r) => (
              <>
                {r.validTo
                  ? t('ptableValidRange', { from: r.validFrom, to: r.validTo })
                  : t('ptableValidOpen', { from: r.validFrom })}
                {r.validFrom > today && (
                  <Tag color="blue" style={{ marginLeft: 6 }}>
                    {t('ptableScheduled')}
                  </Tag>
                )}
              </>
            ),
          },
          ...columns,
          {
            title: t('ptableSavedColumn'),
            key: 'saved',
            render: (_, r) => t('ptableSavedBy', { by: r.savedBy, at: formatDateTime(r.savedAt, lang) }),
          },
        ]}
      />
      <CursorPager
        paging={paging}
        pageInfo={conn?.pageInfo}
        totalCount={conn?.totalCount}
        loading={history.loading}
        total="ptableHistoryTotal"
        testIds={{ total: 'ptable-history-total', next: 'ptable-history-next' }}
      />
    </div>
  );
}
