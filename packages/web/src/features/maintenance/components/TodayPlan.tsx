import { useQuery } from '@apollo/client/react';
import { Alert, Button, Result, Space, Typography } from 'antd';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { WorkPlanQuery } from '../maintenance.operations.ts';
import { WorkTaskTable } from './WorkTaskTable.tsx';

/**
 * 今日计划: the tasks of one account manager that today holds, highest priority first (the
 * server plans it by the shared rule and the manager's capacity). Managers name whose plan.
 */
export function TodayPlan({
  manager,
  needsManager,
  tierPeriod,
}: {
  manager: string | undefined;
  needsManager: boolean;
  tierPeriod: string;
}) {
  const t = useT();
  const lang = useLang();
  const skip = needsManager && !manager;
  const { data, loading, error, refetch } = useQuery(WorkPlanQuery, {
    variables: { manager: needsManager ? manager : null, period: tierPeriod },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  if (skip)
    return <Alert type="info" showIcon title={t('planPickManager')} data-testid="plan-pick-manager" />;
  if (error)
    return (
      <Result
        status="error"
        title={t('error')}
        subTitle={error.message}
        extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  const plan = data?.workPlan;
  const c = plan?.capacity;
  return (
    <Space
      orientation="vertical"
      size="small"
      style={{ width: '100%' }}
      data-testid="today-plan"
      data-loading={loading || !plan ? 'true' : 'false'}
      data-count={plan?.tasks.length}
      data-capacity={c ? c.visits + c.calls + c.others : undefined}
      data-visits={c?.visits}
      data-calls={c?.calls}
      data-others={c?.others}
    >
      {plan && c && (
        <>
          <Typography.Text strong data-testid="plan-title">
            {t('planTitle', { date: plan.date, n: formatCount(plan.tasks.length, lang) })}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="plan-capacity">
            {t('planCapacity', { visits: c.visits, calls: c.calls, others: c.others })} ·{' '}
            {t(`capacitySource.${c.source}`)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('planFrom', {
              eligible: formatCount(plan.eligibleCount, lang),
              overdue: formatCount(plan.overdueCount, lang),
            })}
          </Typography.Text>
        </>
      )}
      <WorkTaskTable
        rows={plan?.tasks ?? []}
        loading={loading}
        tierPeriod={tierPeriod}
        showManager={false}
        testId="plan-table"
        rank
      />
    </Space>
  );
}
