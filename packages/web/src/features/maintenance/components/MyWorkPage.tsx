import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Col,
  Empty,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { ScopeFilters } from '../../../components/ScopeFilters.tsx';
import { TierTag } from '../../../components/TierTag.tsx';
import type { MyWorkTasksQuery as MyWorkTasksData, TaskState } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { defaultPeriod, monthOf } from '../../../lib/period.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { TASK_KINDS, TASK_STATES, useMyWorkFilters } from '../hooks/useMyWorkFilters.ts';
import { kpiScope } from '../kpi.ts';
import { MyWorkTasksQuery } from '../maintenance.operations.ts';
import { KpiCards } from './KpiCards.tsx';
import { KpiLabel } from './KpiLabel.tsx';
import { TaskStateTag } from './TaskStateTag.tsx';

const PAGE_SIZE = 20;
type TaskRow = MyWorkTasksData['list']['edges'][number]['node'];

/** A tab another feature adds to My work (app/ composes them, e.g. the product follow-ups). */
export interface WorkTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

/**
 * 我的工作: the account manager's tasks (overdue and due counts, a table by due date, filtered by
 * state and kind) and this month's KPIs, then the tabs other features add. Branch managers and
 * administrators pick a manager.
 */
export function MyWorkPage({ extraTabs = [] }: { extraTabs?: readonly WorkTab[] }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { user } = useAuth();
  const f = useMyWorkFilters();
  const isManager = user.role !== 'account_manager';
  const period = useMemo(() => monthOf(new Date()), []);
  const tierPeriod = useMemo(() => defaultPeriod(), []);
  const paging = useCursorPaging(JSON.stringify(f.filter), PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(MyWorkTasksQuery, {
    variables: {
      filter: f.filter,
      overdueFilter: { ...f.scope, state: 'OVERDUE' },
      dueFilter: { ...f.scope, state: 'DUE' },
      ...paging.variables,
      period: tierPeriod,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const rows = shown?.list.edges.map((e) => e.node) ?? [];
  const kpi = kpiScope(user, { manager: f.manager, branch: f.branch });
  const tab = f.tab === 'kpis' || extraTabs.some((x) => x.key === f.tab) ? f.tab : 'tasks';

  const counts = (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={12} md={6}>
        <Card
          size="small"
          hoverable
          onClick={() => f.set({ state: 'OVERDUE' })}
          data-testid="count-overdue"
          data-count={shown?.overdue.totalCount}
        >
          <Statistic
            title={<KpiLabel kpi="overdueNow" />}
            value={formatCount(shown?.overdue.totalCount ?? 0, lang)}
            loading={!shown}
            styles={{ content: { color: (shown?.overdue.totalCount ?? 0) > 0 ? '#cf1322' : undefined } }}
          />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card
          size="small"
          hoverable
          onClick={() => f.set({ state: 'DUE' })}
          data-testid="count-due"
          data-count={shown?.due.totalCount}
        >
          <Statistic
            title={t('dueTasks')}
            value={formatCount(shown?.due.totalCount ?? 0, lang)}
            loading={!shown}
            styles={{ content: { color: (shown?.due.totalCount ?? 0) > 0 ? '#d46b08' : undefined } }}
          />
        </Card>
      </Col>
    </Row>
  );

  const tasks = (
    <>
      {counts}
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<TaskState>
          data-testid="task-state-filter"
          value={f.state}
          onChange={(v) => f.set({ state: v === 'OPEN' ? undefined : v })}
          options={TASK_STATES.map((s) => ({
            value: s,
            label: <span data-testid={`state-${s}`}>{t(`taskState.${s}`)}</span>,
          }))}
        />
        <Select
          data-testid="task-kind-filter"
          style={{ width: 140 }}
          allowClear
          placeholder={`${t('kind')}: ${t('all')}`}
          value={f.kind ?? null}
          onChange={(v) => f.set({ kind: v ?? undefined })}
          options={TASK_KINDS.map((k) => ({ value: k, label: t(`taskKind.${k}`) }))}
          popupMatchSelectWidth={false}
        />
      </Space>
      {error ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={error.message}
          extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <>
          <Table<TaskRow>
            size="small"
            rowKey="id"
            loading={loading}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('noTasks')} data-testid="tasks-empty" /> }}
            onRow={(r) =>
              ({
                'data-testid': `work-task-${r.id}`,
                'data-state': r.state,
                'data-channel': r.channel,
                'data-mid': r.merchant.mid,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                title: t('merchant'),
                key: 'merchant',
                ellipsis: true,
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <Link to={`/merchants/${r.merchant.mid}`} data-testid="task-merchant-link">
                      {r.merchant.name}
                    </Link>
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
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <span>{tc('taskChannel', r.channel)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
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
                width: 150,
                render: (_, r) => <TaskStateTag state={r.state} daysOverdue={r.daysOverdue} />,
              },
              { title: t('lastContact'), dataIndex: 'lastContactOn', width: 110, render: (d) => d ?? '–' },
              ...(isManager
                ? [
                    {
                      title: t('manager'),
                      key: 'manager',
                      width: 100,
                      ellipsis: true,
                      render: (_: unknown, r: TaskRow) => r.merchant.manager.displayName,
                    },
                  ]
                : []),
            ]}
          />
          <CursorPager
            paging={paging}
            pageInfo={shown?.list.pageInfo}
            totalCount={shown?.list.totalCount}
            loading={loading}
            total="tasksTotal"
            testIds={{ total: 'tasks-total', next: 'tasks-next' }}
          />
        </>
      )}
    </>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="my-work">
      {isManager && (
        <Card size="small">
          <ScopeFilters
            value={{ branch: f.branch, manager: f.manager }}
            onChange={(patch) => f.set(patch)}
            fields={user.role === 'admin' ? ['branch', 'manager'] : ['manager']}
          />
        </Card>
      )}
      <Card size="small" data-testid="work-tasks" data-loading={loading ? 'true' : 'false'}>
        <Tabs
          activeKey={tab}
          onChange={(k) => f.set({ tab: k === 'tasks' ? undefined : k })}
          items={[
            { key: 'tasks', label: <span data-testid="tab-tasks">{t('tasksTab')}</span>, children: tasks },
            {
              key: 'kpis',
              label: <span data-testid="tab-kpis">{t('kpisTab', { period })}</span>,
              children: <KpiCards period={period} by={kpi.by} kpiKey={kpi.key} />,
            },
            ...extraTabs,
          ]}
        />
      </Card>
    </Space>
  );
}
