import { Button, Card, Col, Empty, Result, Row, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { formatShare } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { useKpiRows } from '../hooks/useKpiRows.ts';
import { summarizeKpis } from '../kpi.ts';
import { KpiLabel } from './KpiLabel.tsx';

/** The month's maintenance KPIs of one manager or branch, as statistic cards. */
export function KpiCards({
  period,
  by,
  kpiKey,
}: {
  period: string;
  by: 'MANAGER' | 'BRANCH';
  kpiKey: string | null;
}) {
  const t = useT();
  const lang = useLang();
  const { rows, loading, error, refetch } = useKpiRows(period, by);
  if (error)
    return (
      <Result
        status="error"
        title={t('error')}
        subTitle={error.message}
        extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  if (!rows) return <Skeleton active paragraph={{ rows: 3 }} />;
  const k = summarizeKpis(rows, kpiKey);
  if (!k) return <Empty description={t('noKpis')} data-testid="kpis-empty" />;
  const cards: { id: string; title: ReactNode; value: number | string; detail?: string; danger?: boolean }[] =
    [
      { id: 'visits', title: <KpiLabel kpi="visits" />, value: k.visits },
      { id: 'calls', title: <KpiLabel kpi="calls" />, value: k.calls },
      { id: 'other', title: <KpiLabel kpi="otherContacts" />, value: k.otherContacts },
      {
        id: 'key-on-cadence',
        title: <KpiLabel kpi="keyOnCadenceShare" />,
        value: k.keyOnCadenceShare === null ? '–' : formatShare(k.keyOnCadenceShare, lang, 0),
        detail: t('kpiKeyDetail', { on: k.keyOnCadence, n: k.keyCustomers }),
      },
      {
        id: 'overdue',
        title: <KpiLabel kpi="overdueTasks" />,
        value: k.overdueTasks,
        danger: k.overdueTasks > 0,
      },
    ];
  return (
    <Row gutter={[12, 12]} data-testid="kpis" data-loading={loading ? 'true' : 'false'}>
      {cards.map((c) => (
        <Col key={c.id} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: '100%' }}>
            <div data-testid={`kpi-${c.id}`} data-count={typeof c.value === 'number' ? c.value : undefined}>
              <Statistic
                title={c.title}
                value={c.value}
                styles={c.danger ? { content: { color: '#cf1322' } } : undefined}
              />
            </div>
            {c.detail && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{c.detail}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
