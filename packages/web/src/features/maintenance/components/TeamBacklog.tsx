import { useQuery } from '@apollo/client/react';
import { Button, Result, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { TeamBacklogQuery as TeamBacklogData } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { TeamBacklogQuery } from '../maintenance.operations.ts';
import { CapacityModal } from './CapacityModal.tsx';

type Row = TeamBacklogData['teamBacklog'][number];

/**
 * 团队积压: each account manager's open and overdue tasks against what a day holds for them, and
 * how many working days the overdue ones alone take — the branch manager's view of who needs help.
 * "See plan" opens that manager's plan; a branch manager sets a manager's capacity here.
 */
export function TeamBacklog({
  branch,
  onSeePlan,
}: {
  branch: string | undefined;
  onSeePlan: (login: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { user } = useAuth();
  const [editing, setEditing] = useState<Row | 'everyone' | null>(null);
  const { data, loading, error, refetch } = useQuery(TeamBacklogQuery, {
    variables: { branch: branch ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const mayPlan = canDo(user.role, 'planWork');
  if (error)
    return (
      <Result
        status="error"
        title={t('error')}
        subTitle={error.message}
        extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  const rows = data?.teamBacklog ?? [];
  const n = (x: number) => formatCount(x, lang);
  return (
    <Space
      orientation="vertical"
      style={{ width: '100%' }}
      data-testid="team-backlog"
      data-count={data ? rows.length : undefined}
    >
      {user.role === 'admin' && (
        <Button onClick={() => setEditing('everyone')} data-testid="capacity-everyone">
          {t('capacityEveryone')}
        </Button>
      )}
      <Table<Row>
        size="small"
        rowKey={(r) => r.manager.login}
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 900 }}
        onRow={(r) =>
          ({
            'data-testid': `backlog-${r.manager.login}`,
            'data-overdue': r.overdue,
            'data-open': r.open,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('backlogManager'),
            key: 'manager',
            ellipsis: true,
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <span>{r.manager.displayName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.manager.branch ?? ''}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('backlogOpen'), key: 'open', width: 90, align: 'right', render: (_, r) => n(r.open) },
          {
            title: t('backlogOverdue'),
            key: 'overdue',
            width: 100,
            align: 'right',
            render: (_, r) => (
              <Typography.Text type={r.overdue ? 'danger' : undefined}>{n(r.overdue)}</Typography.Text>
            ),
          },
          {
            title: t('backlogImportant'),
            key: 'imp',
            width: 110,
            align: 'right',
            render: (_, r) => n(r.overdueImportant),
          },
          {
            title: t('backlogDueSoon'),
            key: 'soon',
            width: 110,
            align: 'right',
            render: (_, r) => n(r.dueSoon),
          },
          {
            title: t('backlogCapacity'),
            key: 'capacity',
            width: 150,
            render: (_, r) => `${r.capacity.visits} · ${r.capacity.calls} · ${r.capacity.others}`,
          },
          {
            title: t('backlogDays'),
            key: 'days',
            width: 120,
            render: (_, r) =>
              r.daysToClear == null ? t('backlogNever') : t('backlogDaysN', { n: r.daysToClear }),
          },
          {
            title: '',
            key: 'actions',
            width: 190,
            render: (_, r) => (
              <Space size="small">
                <Button
                  size="small"
                  onClick={() => onSeePlan(r.manager.login)}
                  data-testid="backlog-see-plan"
                >
                  {t('backlogPlan')}
                </Button>
                {mayPlan && (
                  <Button size="small" onClick={() => setEditing(r)} data-testid="backlog-set-capacity">
                    {t('setCapacity')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && data && (
        <CapacityModal
          manager={editing === 'everyone' ? null : editing.manager}
          current={editing === 'everyone' ? data.everyone : editing.capacity}
          onClose={() => setEditing(null)}
          onSaved={() => refetch()}
        />
      )}
    </Space>
  );
}
