import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { InteractionKind, MerchantMaintenanceQuery, TaskState } from '../../../gql/graphql.ts';
import { useT, useTCode } from '../../../lib/i18n.ts';
import { TaskStateTag } from './TaskStateTag.tsx';

type Merchant = NonNullable<MerchantMaintenanceQuery['merchant']>;
type Task = Merchant['openTasks']['edges'][number]['node'];

/** The interaction that does a task, for the "log" shortcut on its row. */
export function kindForChannel(channel: string): InteractionKind | null {
  if (channel === 'visit') return 'VISIT';
  if (channel === 'call' || channel === 'follow_up') return 'CALL';
  if (channel === 'message') return 'SMS';
  if (channel === 'greeting') return 'GREETING';
  return null;
}

/** 待办任务: the merchant's open tasks by due date, overdue ones in red, with the cadence it follows. */
export function OpenTasksCard({
  merchant,
  loading,
  onLog,
}: {
  merchant: Merchant | undefined;
  loading: boolean;
  /** Opens the interaction form for a task's kind; absent when the role may not record. */
  onLog?: ((kind: InteractionKind) => void) | undefined;
}) {
  const t = useT();
  const tc = useTCode();
  const tasks = merchant?.openTasks.edges.map((e) => e.node) ?? [];
  const total = merchant?.openTasks.totalCount ?? 0;
  const overdue = merchant?.overdueTasks.totalCount ?? 0;
  const cadence = merchant?.cadence;
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('openTasks')}
          {overdue > 0 && (
            <Tag color="red" data-testid="open-tasks-overdue" data-count={overdue}>
              {`${t('taskState.OVERDUE')} ${overdue}`}
            </Tag>
          )}
        </Space>
      }
      extra={
        cadence && (
          <Space size={4}>
            <Typography.Text type="secondary">
              {t('cadenceOf', { tier: t(`tier.${cadence.cadenceTier}`) })}
            </Typography.Text>
            {cadence.potential && <Tag color="gold">{t('upgradePotential')}</Tag>}
          </Space>
        )
      }
      data-testid="open-tasks"
      data-loading={loading ? 'true' : 'false'}
      data-count={merchant ? total : undefined}
    >
      <Table<Task>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={tasks}
        pagination={false}
        showHeader={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noOpenTasks')} /> }}
        onRow={(r) =>
          ({
            'data-testid': `task-${r.channel}`,
            'data-state': r.state,
            'data-kind': r.kind,
            'data-task-id': r.id,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'task',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{tc('taskChannel', r.channel)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`taskKind.${r.kind}`)}
                  {r.everyDays ? ` · ${t('everyDays', { n: r.everyDays })}` : undefined}
                  {r.campaign ? ` · ${r.campaign}` : undefined}
                  {r.lastContactOn ? ` · ${t('lastContact')} ${r.lastContactOn}` : undefined}
                </Typography.Text>
              </Space>
            ),
          },
          {
            key: 'due',
            width: 150,
            render: (_, r) => (
              <Space orientation="vertical" size={0} align="end" style={{ width: '100%' }}>
                <span>
                  {t('dueOn')} {r.dueOn}
                </span>
                <TaskStateTag state={r.state as TaskState} daysOverdue={r.daysOverdue} />
              </Space>
            ),
          },
          ...(onLog
            ? [
                {
                  key: 'log',
                  width: 56,
                  render: (_: unknown, r: Task) => {
                    const kind = kindForChannel(r.channel);
                    return kind ? (
                      <Button size="small" type="link" onClick={() => onLog(kind)} data-testid="task-log">
                        {t('logShort')}
                      </Button>
                    ) : null;
                  },
                },
              ]
            : []),
        ]}
      />
      {total > tasks.length && (
        <Typography.Text type="secondary" data-testid="open-tasks-more">
          {t('tasksShownOf', { shown: tasks.length, total })}
        </Typography.Text>
      )}
    </Card>
  );
}
