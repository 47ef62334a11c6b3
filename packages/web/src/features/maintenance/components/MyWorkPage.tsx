import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Col,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Tabs,
  Typography,
} from 'antd';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { ScopeFilters } from '../../../components/ScopeFilters.tsx';
import type { TaskOrder, TaskState } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { defaultPeriod, monthOf } from '../../../lib/period.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { TASK_KINDS, TASK_ORDERS, TASK_STATES, useMyWorkFilters } from '../hooks/useMyWorkFilters.ts';
import { kpiScope } from '../kpi.ts';
import { CompleteChoresMutation, MyWorkTasksQuery } from '../maintenance.operations.ts';
import { KpiCards } from './KpiCards.tsx';
import { KpiLabel } from './KpiLabel.tsx';
import { TeamBacklog } from './TeamBacklog.tsx';
import { TierFollowUpNotice } from './TierFollowUpNotice.tsx';
import { TodayPlan } from './TodayPlan.tsx';
import { WorkTaskTable } from './WorkTaskTable.tsx';

const PAGE_SIZE = 20;

/** A tab another feature adds to My work (app/ composes them, e.g. the product follow-ups). */
export interface WorkTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

/**
 * 我的工作: the work queue (docs/work-queue.md). It opens on today's plan — the tasks a day holds,
 * highest priority first — with the overdue and due counts above; then every task (by priority or
 * due date, filtered by state and kind; chores ticked and done at once), each manager's backlog
 * for branch managers and administrators, this month's KPIs, and the tabs other features add.
 * Branch managers and administrators pick a manager.
 */
export function MyWorkPage({ extraTabs = [] }: { extraTabs?: readonly WorkTab[] }) {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const { user } = useAuth();
  const f = useMyWorkFilters();
  const isManager = user.role !== 'account_manager';
  const period = useMemo(() => monthOf(new Date()), []);
  const tierPeriod = useMemo(() => defaultPeriod(), []);
  const paging = useCursorPaging(JSON.stringify([f.filter, f.order]), PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(MyWorkTasksQuery, {
    variables: {
      filter: f.filter,
      overdueFilter: { ...f.scope, state: 'OVERDUE' },
      dueFilter: { ...f.scope, state: 'DUE' },
      ...paging.variables,
      period: tierPeriod,
      orderBy: f.order,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const rows = shown?.list.edges.map((e) => e.node) ?? [];
  const kpi = kpiScope(user, { manager: f.manager, branch: f.branch });
  const tabs = ['today', 'tasks', 'kpis', ...(isManager ? ['team'] : []), ...extraTabs.map((x) => x.key)];
  const tab = tabs.includes(f.tab) ? f.tab : 'today';
  const [selected, setSelected] = useState<string[]>([]);
  const [completeChores, { loading: completing }] = useMutation(CompleteChoresMutation);
  const doChores = async () => {
    try {
      const r = await completeChores({ variables: { ids: selected } });
      const done = r.data?.completeChores;
      message.success(
        t('choresDone', { greetings: done?.greetings ?? 0, reverified: done?.reverified ?? 0 }),
      );
      setSelected([]);
      await refetch();
    } catch (e) {
      const p = fieldProblems(e, [] as const, lang);
      message.error([...p.fields.map((x) => x.message), ...p.other].join('; '));
    }
  };
  const showTasks = (state: TaskState) => f.set({ tab: 'tasks', state });
  // The tasks caught up with a tier snapshot: every query of the page asks again.
  const client = useApolloClient();
  const reload = useCallback(() => void client.refetchQueries({ include: 'active' }), [client]);

  const counts = (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={12} md={6}>
        <Card
          size="small"
          hoverable
          onClick={() => showTasks('OVERDUE')}
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
          onClick={() => showTasks('DUE')}
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
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<TaskOrder>
          data-testid="task-order"
          value={f.order}
          onChange={(v) => f.set({ order: v === 'PRIORITY' ? undefined : v })}
          options={TASK_ORDERS.map((o) => ({
            value: o,
            label: (
              <span data-testid={`order-${o}`}>{t(o === 'PRIORITY' ? 'orderPriority' : 'orderDue')}</span>
            ),
          }))}
        />
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
          style={{ width: 160 }}
          allowClear
          placeholder={`${t('kind')}: ${t('all')}`}
          value={f.kind ?? null}
          onChange={(v) => f.set({ kind: v ?? undefined })}
          options={TASK_KINDS.map((k) => ({ value: k, label: t(`taskKind.${k}`) }))}
          popupMatchSelectWidth={false}
        />
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={completing}
          onClick={doChores}
          data-testid="complete-chores"
        >
          {t('choresSelected', { n: selected.length })}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('choresHint')}
      </Typography.Paragraph>
      {error ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={error.message}
          extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <>
          <WorkTaskTable
            rows={rows}
            loading={loading}
            tierPeriod={tierPeriod}
            showManager={isManager}
            testId="tasks-table"
            selection={{ keys: selected, onChange: setSelected }}
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
      <TierFollowUpNotice onCaughtUp={reload} />
      {counts}
      <Card size="small" data-testid="work-tasks" data-loading={loading ? 'true' : 'false'}>
        <Tabs
          activeKey={tab}
          onChange={(k) => f.set({ tab: k === 'today' ? undefined : k })}
          items={[
            {
              key: 'today',
              label: <span data-testid="tab-today">{t('todayTab')}</span>,
              children: <TodayPlan manager={f.manager} needsManager={isManager} tierPeriod={tierPeriod} />,
            },
            { key: 'tasks', label: <span data-testid="tab-tasks">{t('allTasksTab')}</span>, children: tasks },
            ...(isManager
              ? [
                  {
                    key: 'team',
                    label: <span data-testid="tab-team">{t('teamTab')}</span>,
                    children: (
                      <TeamBacklog
                        branch={f.branch}
                        onSeePlan={(login) => f.set({ manager: login, tab: undefined })}
                      />
                    ),
                  },
                ]
              : []),
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
