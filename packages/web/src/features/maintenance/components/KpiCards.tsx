import { Button, Card, Col, Empty, Result, Row, Skeleton, Statistic } from 'antd';
import { formatShare } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { useKpiRows } from '../hooks/useKpiRows.ts';
import { summarizeKpis } from '../kpi.ts';

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
  const cards: { id: string; title: string; value: number | string; detail?: string; danger?: boolean }[] = [
    { id: 'visits', title: t('kpiVisits'), value: k.visits },
    { id: 'calls', title: t('kpiCalls'), value: k.calls },
    { id: 'other', title: t('kpiOther'), value: k.otherContacts },
    {
      id: 'key-on-cadence',
      title: t('kpiKeyOnCadence'),
      value: k.keyOnCadenceShare === null ? '–' : formatShare(k.keyOnCadenceShare, lang, 0),
      detail: t('kpiKeyDetail', { on: k.keyOnCadence, n: k.keyCustomers }),
    },
    { id: 'overdue', title: t('kpiOverdue'), value: k.overdueTasks, danger: k.overdueTasks > 0 },
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
