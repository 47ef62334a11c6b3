import { useQuery } from '@apollo/client/react';
import { Button, Result, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { MonthPicker } from '../../../components/MonthPicker.tsx';
import { TierTag } from '../../../components/TierTag.tsx';
import type { BenchmarkReportQuery as BenchmarkReportData } from '../../../gql/graphql.ts';
import { formatDateTime, formatRate } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { defaultPeriod, isMonth } from '../../../lib/period.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';
import { BenchmarkReportQuery } from '../value.operations.ts';
import {
  feeRateGapWording,
  formatMetric,
  orderMetrics,
  percentileWording,
  standing,
  wholePercent,
} from '../value.ts';

type Metric = NonNullable<BenchmarkReportData['merchant']>['benchmark']['metrics'][number];

// Printed: no menu, header or toolbar; one A4 portrait page; the bars keep their colours.
const PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  html, body { background: #fff !important; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .no-print, .ant-layout-sider, .ant-layout-header { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; min-height: 0 !important; }
  .report-sheet { box-shadow: none !important; border: 0 !important; margin: 0 !important; padding: 0 !important; max-width: none !important; }
  .report-metric { break-inside: avoid; }
}
`;

/**
 * 同业对标报告: a one-page report an account manager brings on a visit — where the merchant stands
 * among the merchants of its category and branch for a month (amount, average ticket, growth, fee
 * rate), with its fee rate against the category's company-wide rate. 打印 prints it on one A4 page.
 */
export function BenchmarkReportPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { mid = '' } = useParams();
  const { get, patch } = useUrlState();
  const raw = get('period');
  const period = isMonth(raw) ? raw : defaultPeriod();
  const { data, loading, error, refetch } = useQuery(BenchmarkReportQuery, { variables: { mid, period } });
  const m = data?.merchant;
  // The label's colon: full-width after Chinese, ": " after English.
  const colon = lang === 'zh' ? '：' : ': ';
  const madeAt = useMemo(() => formatDateTime(new Date().toISOString(), lang), [lang]);

  const toolbar = (
    <Space wrap className="no-print" style={{ marginBottom: 12 }} data-testid="benchmark-toolbar">
      <MonthPicker
        label={t('period')}
        value={period}
        onChange={(p) => patch({ period: p })}
        testId="benchmark-period"
      />
      <Button type="primary" onClick={() => window.print()} data-testid="benchmark-print" disabled={!m}>
        {t('print')}
      </Button>
      <Link to={`/merchants/${mid}`} data-testid="benchmark-back">
        <Button>{t('back')}</Button>
      </Link>
    </Space>
  );

  let body: React.ReactNode;
  if (loading && !m) body = <Skeleton active paragraph={{ rows: 12 }} />;
  else if (error)
    body = (
      <Result
        status="error"
        title={t('error')}
        subTitle={error.message}
        extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  else if (!m) body = <Result status="404" title={t('notFound')} data-testid="merchant-not-found" />;
  else {
    const b = m.benchmark;
    const metrics = orderMetrics(b.metrics);
    const feeRate = metrics.find((x) => x.metric === 'feeRate')?.value ?? null;
    body = (
      <article
        className="report-sheet"
        data-testid="benchmark-report"
        data-period={b.period}
        data-peers={b.peers}
        style={{
          background: '#fff',
          maxWidth: 794,
          margin: '0 auto',
          padding: '24px 28px',
          border: '1px solid #f0f0f0',
          boxShadow: '0 1px 4px rgba(0,0,0,0.06)',
        }}
      >
        <header style={{ borderBottom: '2px solid #1677ff', paddingBottom: 10, marginBottom: 14 }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('benchmarkTitle')}
            </Typography.Title>
            <Typography.Text strong data-testid="benchmark-period-label">
              {t('period')} {b.period}
            </Typography.Text>
          </div>
          <Typography.Title level={3} style={{ margin: '8px 0 4px' }} data-testid="benchmark-merchant">
            {m.name}
          </Typography.Title>
          <Space wrap size={[12, 4]}>
            <Typography.Text>
              {t('mid')} <span data-testid="benchmark-mid">{m.mid}</span>
            </Typography.Text>
            <Typography.Text>
              {t('category')} {tc('category', m.category)}
            </Typography.Text>
            <Typography.Text>
              {t('branch')} {m.branch}
            </Typography.Text>
            <Space size={4}>
              <Typography.Text>{t('tier')}</Typography.Text>
              <TierTag tier={m.reportTier} testId="benchmark-tier" />
            </Space>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
            {t('benchmarkPeers', { branch: m.branch, category: tc('category', m.category), n: b.peers })}
          </Typography.Paragraph>
        </header>
        <section style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 12 }}>
          {metrics.map((x) => (
            <MetricTile key={x.metric} metric={x} />
          ))}
        </section>
        <section
          data-testid="benchmark-fee-rate"
          style={{ marginTop: 14, padding: '10px 14px', background: '#fafafa', borderRadius: 6 }}
        >
          <Typography.Text strong>{t('feeRateCompare')}</Typography.Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 24px', marginTop: 4 }}>
            <span>
              {t('metric.feeRate')}
              {colon}
              <b data-testid="benchmark-own-rate">{formatMetric('feeRate', feeRate, lang)}</b>
            </span>
            <span>
              {t('categoryFeeRate')}
              {colon}
              <b data-testid="benchmark-category-rate">{formatMetric('feeRate', b.categoryFeeRate, lang)}</b>
            </span>
            <span>
              {t('contractRate')}
              {colon}
              {formatRate(m.feePlan.rate)}
            </span>
          </div>
          <Typography.Text type="secondary" data-testid="benchmark-fee-gap">
            {feeRateGapWording(feeRate, b.categoryFeeRate, lang)}
          </Typography.Text>
        </section>
        <footer style={{ marginTop: 14, fontSize: 12, color: '#8c8c8c' }}>
          <div>{t('benchmarkNote')}</div>
          <div>{t('preparedBy', { name: m.manager.displayName, at: madeAt })}</div>
        </footer>
      </article>
    );
  }

  return (
    <div data-testid="benchmark-page">
      <style>{PRINT_CSS}</style>
      {toolbar}
      {body}
    </div>
  );
}

/** One metric: the merchant's value, its percentile among peers as a bar (tick at the median), the peers' median. */
function MetricTile({ metric }: { metric: Metric }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const p = wholePercent(metric.percentile);
  const color = standing(metric.metric, metric.percentile);
  return (
    <div
      className="report-metric"
      data-testid={`metric-${metric.metric}`}
      data-percentile={metric.percentile ?? ''}
      style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '10px 12px' }}
    >
      <Typography.Text type="secondary">{tc('metric', metric.metric)}</Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, lineHeight: '30px' }} data-testid="metric-value">
        {formatMetric(metric.metric, metric.value, lang)}
      </div>
      <div
        aria-hidden
        title={t('percentileAxis')}
        data-testid="metric-bar"
        style={{ position: 'relative', height: 10, background: '#f0f0f0', borderRadius: 5, margin: '6px 0' }}
      >
        <div
          style={{
            position: 'absolute',
            insetBlock: 0,
            left: 0,
            width: `${p ?? 0}%`,
            background: color,
            borderRadius: 5,
          }}
        />
        <div
          style={{ position: 'absolute', top: -3, bottom: -3, left: '50%', width: 2, background: '#595959' }}
        />
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text strong style={{ color }} data-testid="metric-wording">
          {percentileWording(metric.percentile, lang)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('peerMedian')} {formatMetric(metric.metric, metric.peerMedian, lang)}
        </Typography.Text>
      </div>
    </div>
  );
}
