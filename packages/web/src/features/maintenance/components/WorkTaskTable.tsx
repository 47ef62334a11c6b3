import { Empty, Space, Table, Typography } from 'antd';
import type { Key } from 'react';
import { Link } from 'react-router';
import { TierTag } from '../../../components/TierTag.tsx';
import type { WorkTaskRowFragment } from '../../../gql/graphql.ts';
import { useT, useTCode } from '../../../lib/i18n.ts';
import { PriorityTag } from './PriorityTag.tsx';
import { TaskStateTag } from './TaskStateTag.tsx';

export type WorkTask = WorkTaskRowFragment;

/** Greetings and re-verifications: done for a selection at once (completeChores). */
export const isChore = (t: Pick<WorkTask, 'kind'>) => t.kind === 'GREETING' || t.kind === 'REVERIFY';

/**
 * The work queue's table — today's plan and the full list show the same columns: the merchant,
 * its tier, what to do, when, the priority (its parts on hover), the last contact, and for
 * managers whose merchant it is. With `selection`, chores can be ticked.
 */
export function WorkTaskTable({
  rows,
  loading,
  tierPeriod,
  showManager,
  testId,
  selection,
  rank,
}: {
  rows: readonly WorkTask[];
  loading: boolean;
  tierPeriod: string;
  showManager: boolean;
  testId: string;
  selection?: { keys: readonly string[]; onChange: (keys: string[]) => void } | undefined;
  /** Number the rows (today's plan: the order to work in). */
  rank?: boolean;
}) {
  const t = useT();
  const tc = useTCode();
  return (
    <Table<WorkTask>
      size="small"
      rowKey="id"
      data-testid={testId}
      loading={loading}
      dataSource={rows as WorkTask[]}
      pagination={false}
      scroll={{ x: 960 }}
      rowSelection={
        selection && {
          selectedRowKeys: selection.keys as Key[],
          onChange: (keys) => selection.onChange(keys.map(String)),
          getCheckboxProps: (r) => ({ disabled: !isChore(r), 'data-testid': `select-${r.id}` }) as never,
        }
      }
      locale={{ emptyText: <Empty description={t('noTasks')} data-testid={`${testId}-empty`} /> }}
      onRow={(r) =>
        ({
          'data-testid': `work-task-${r.id}`,
          'data-state': r.state,
          'data-channel': r.channel,
          'data-kind': r.kind,
          'data-mid': r.merchant.mid,
          // The tier the maintenance follows (one up with upgrade potential): the one the priority counts.
          'data-tier': r.priority.cadenceTier ?? '',
          'data-score': r.priority.score,
          // What raised it beyond its tier and kind: lateness, open cases, value at risk.
          'data-raised': r.priority.late + r.priority.cases + r.priority.value,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        ...(rank
          ? [{ title: '#', key: 'rank', width: 44, render: (_: unknown, __: WorkTask, i: number) => i + 1 }]
          : []),
        {
          title: t('merchant'),
          key: 'merchant',
          ellipsis: true,
          render: (_, r) => (
            <Space orientation="vertical" size={0} style={{ maxWidth: '100%' }}>
              <Typography.Text ellipsis={{ tooltip: r.merchant.name }} style={{ maxWidth: '100%' }}>
                <Link to={`/merchants/${r.merchant.mid}`} data-testid="task-merchant-link">
                  {r.merchant.name}
                </Link>
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.merchant.mid}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: `${t('tier')} ${tierPeriod}`,
          key: 'tier',
          width: 110,
          render: (_, r) => <TierTag tier={r.merchant.tier ?? r.tier} />,
        },
        {
          title: t('task'),
          key: 'task',
          width: 170,
          ellipsis: true,
          render: (_, r) => (
            <Space orientation="vertical" size={0} style={{ maxWidth: '100%' }}>
              <span>{tc('taskChannel', r.channel)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: true }}>
                {t(`taskKind.${r.kind}`)}
                {r.campaign ? ` · ${r.campaign}` : undefined}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('dueOn'), dataIndex: 'dueOn', width: 110 },
        {
          title: t('status'),
          key: 'state',
          width: 170,
          render: (_, r) => <TaskStateTag state={r.state} daysOverdue={r.daysOverdue} />,
        },
        {
          title: t('priority'),
          key: 'priority',
          width: 90,
          render: (_, r) => <PriorityTag priority={r.priority} daysOverdue={r.daysOverdue} />,
        },
        {
          title: t('lastContact'),
          key: 'lastContact',
          width: 140,
          ellipsis: true,
          // A re-verification's date is when the contact data was last checked, not a contact.
          render: (_, r) =>
            r.lastContactOn == null
              ? '–'
              : r.kind === 'REVERIFY'
                ? t('lastVerified', { date: r.lastContactOn })
                : r.lastContactOn,
        },
        ...(showManager
          ? [
              {
                title: t('manager'),
                key: 'manager',
                width: 100,
                ellipsis: true,
                render: (_: unknown, r: WorkTask) => r.merchant.manager.displayName,
              },
            ]
          : []),
      ]}
    />
  );
}
