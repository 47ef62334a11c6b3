import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Empty, Result, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { ClvBacktestQuery as BacktestData } from '../../../gql/graphql.ts';
import { formatCount, formatDate, formatDateTime, formatDecimal, formatShare } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { ClvBacktestQuery } from '../churn.operations.ts';
import {
  bestSignal,
  buildCalibrationSeries,
  type DecileRow,
  decileRows,
  decileTotals,
  formatAuc,
  isSignalKey,
  orderSignals,
} from '../churn.ts';
import { CalibrationChart } from './CalibrationChart.tsx';

type Signal = NonNullable<BacktestData['clvBacktest']>['signals'][number];

/**
 * 模型回测: the model fitted on the history up to the calibration end, its forecast of the holdout
 * against what happened (by decile), and how well three churn signals found the merchants that left.
 */
export function BacktestView() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { data, loading, error, refetch } = useQuery(ClvBacktestQuery, { fetchPolicy: 'cache-and-network' });
  const b = data?.clvBacktest;
  const shaped = useMemo(
    () =>
      b && {
        series: buildCalibrationSeries(b.deciles),
        deciles: decileRows(b.deciles),
        totals: decileTotals(b.deciles),
        signals: orderSignals(b.signals),
        best: bestSignal(b.signals),
      },
    [b],
  );

  if (error)
    return (
      <Result
        status="error"
        title={t('error')}
        subTitle={error.message}
        extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  if (loading && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!b || !shaped) return <Empty description={t('noBacktest')} data-testid="backtest-empty" />;

  const months = (n: number) => formatDecimal(n, lang, 1);
  const pct = (n: number) => formatShare(n, lang, 1);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="backtest">
      <div>
        <Typography.Text strong data-testid="backtest-header">
          {t('backtestHeader', {
            asOf: formatDate(b.asOf),
            calibrationEnd: b.calibrationEnd,
            holdout: b.holdoutMonths,
            merchants: formatCount(b.merchants, lang),
            leavers: formatCount(b.leavers, lang),
          })}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('backtestJudged', {
            n: formatCount(b.activeMonths, lang),
            at: formatDateTime(b.computedAt, lang),
          })}
        </Typography.Paragraph>
      </div>
      <Alert
        type={b.scoreFitted ? 'success' : 'warning'}
        showIcon
        title={t(b.scoreFitted ? 'scoreFitted' : 'scoreByRule')}
        data-testid="backtest-score-weights"
        data-fitted={b.scoreFitted ? 'true' : 'false'}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('calibration')}>
            <CalibrationChart
              series={shaped.series}
              names={{
                x: t('decile'),
                y: t('activeMonthsAxis'),
                predicted: t('predicted'),
                actual: t('actual'),
              }}
              count={(n) => formatCount(n, lang)}
            />
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
              {t('calibrationNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('decile')}>
            <Table<DecileRow>
              size="small"
              rowKey="decile"
              pagination={false}
              dataSource={shaped.deciles}
              data-testid="decile-table"
              onRow={() => ({ 'data-testid': 'decile-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('decile'), dataIndex: 'decile', width: 70 },
                {
                  title: t('merchantsCount'),
                  dataIndex: 'count',
                  align: 'right',
                  render: (n: number) => formatCount(n, lang),
                },
                { title: t('predicted'), dataIndex: 'sumPredicted', align: 'right', render: months },
                { title: t('actual'), dataIndex: 'sumActual', align: 'right', render: months },
                {
                  title: t('meanPredicted'),
                  dataIndex: 'meanPredicted',
                  align: 'right',
                  render: (n: number) => formatDecimal(n, lang, 2),
                },
                {
                  title: t('meanActual'),
                  dataIndex: 'meanActual',
                  align: 'right',
                  render: (n: number) => formatDecimal(n, lang, 2),
                },
              ]}
              summary={() => (
                <Table.Summary.Row style={{ fontWeight: 600 }}>
                  <Table.Summary.Cell index={0}>{t('decileTotal')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {formatCount(shaped.totals.count, lang)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {months(shaped.totals.sumPredicted)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {months(shaped.totals.sumActual)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} colSpan={2} />
                </Table.Summary.Row>
              )}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('signals')}>
            <Table<Signal>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={shaped.signals}
              data-testid="signals-table"
              onRow={(s) =>
                ({ 'data-testid': 'signal-row', 'data-key': s.key }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  title: t('signal'),
                  key: 'signal',
                  render: (_, s) => (
                    <Space size={8} wrap>
                      <Typography.Text strong>{tc('signal', s.key)}</Typography.Text>
                      {isSignalKey(s.key) && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t(`signalHint.${s.key}`)}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                },
                {
                  title: t('auc'),
                  dataIndex: 'auc',
                  width: 120,
                  align: 'right',
                  render: (auc: number | null, s) => (
                    <Space size={4}>
                      {s.key === shaped.best && (
                        <Tag color="green" title={t('bestSignal')} data-testid="best-signal">
                          ★
                        </Tag>
                      )}
                      <span data-testid="signal-auc">{formatAuc(auc)}</span>
                    </Space>
                  ),
                },
                {
                  title: t('precisionTop5'),
                  dataIndex: 'precisionTop5',
                  width: 180,
                  align: 'right',
                  render: pct,
                },
                {
                  title: t('precisionTop10'),
                  dataIndex: 'precisionTop10',
                  width: 180,
                  align: 'right',
                  render: pct,
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
              {t('signalsNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
