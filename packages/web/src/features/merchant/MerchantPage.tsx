import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Col,
  Descriptions,
  Result,
  Row,
  Skeleton,
  Space,
  Statistic,
  Timeline,
  Typography,
} from 'antd';
import { useContext } from 'react';
import { useParams } from 'react-router';
import { EChart } from '../../components/EChart.tsx';
import { formatMoney, formatRate } from '../../lib/format.ts';
import { LangContext, useT } from '../../lib/i18n.ts';
import { TierTag } from './components/TierTag.tsx';
import { MerchantPageQuery } from './merchant.operations.ts';

export function MerchantPage() {
  const t = useT();
  const { lang } = useContext(LangContext);
  const { mid = '' } = useParams();
  const { data, loading, error } = useQuery(MerchantPageQuery, { variables: { mid } });
  if (loading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (error) return <Alert type="error" title={t('error')} description={error.message} />;
  const m = data?.merchant;
  if (!m) return <Result status="404" title={t('notFound')} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="merchant-name">
            {m.name}
          </Typography.Title>
          <Typography.Text type="secondary">{m.mid}</Typography.Text>
          {m.tierHistory.slice(0, 3).map((h) => (
            <span key={h.period}>
              {h.period} <TierTag tier={h.tier} />
            </span>
          ))}
          <Typography.Text>
            {m.status} · {m.branch} · {m.manager.displayName}
          </Typography.Text>
        </Space>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card title={t('profile')} size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('category')}>
                {m.categoryName} · MCC {m.mcc}
              </Descriptions.Item>
              <Descriptions.Item label={t('feePlan')}>
                {formatRate(m.feePlan.rate)}
                {m.feePlan.cap ? ` · ${t('cap')} ¥${m.feePlan.cap}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('listRate')}>{formatRate(m.feePlan.listRate)}</Descriptions.Item>
              <Descriptions.Item label={t('discount')}>{formatRate(m.feePlan.discount)}</Descriptions.Item>
              <Descriptions.Item label={t('onboarded')}>{m.onboardedOn}</Descriptions.Item>
              <Descriptions.Item label={t('contact')}>{m.contact.name ?? '–'}</Descriptions.Item>
              <Descriptions.Item label={t('mobile')}>
                <span data-testid="contact-mobile">{m.contact.mobile ?? '–'}</span>
              </Descriptions.Item>
            </Descriptions>
            <Statistic title={t('points')} value={m.points.balance} />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title={t('trend')} size="small">
            <EChart
              height={280}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('amount'), t('profit')] },
                grid: { left: 70, right: 70, top: 40, bottom: 30 },
                xAxis: { type: 'category', data: m.trend.map((p) => p.month) },
                yAxis: [
                  { type: 'value', name: t('amount') },
                  { type: 'value', name: t('profit') },
                ],
                series: [
                  { name: t('amount'), type: 'bar', data: m.trend.map((p) => Number(p.txnAmount)) },
                  {
                    name: t('profit'),
                    type: 'line',
                    yAxisIndex: 1,
                    data: m.trend.map((p) => Number(p.profit)),
                  },
                ],
              }}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('tierHistory')} size="small">
            <Timeline
              items={m.tierHistory.map((h) => ({
                children: (
                  <span>
                    {h.period} <TierTag tier={h.tier} /> #{h.rank} · {formatMoney(h.profit, lang)}
                  </span>
                ),
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('history')} size="small">
            <Timeline
              items={m.changes.map((c) => ({
                children: (
                  <span>
                    {new Date(c.changedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')} · {c.kind} ·{' '}
                    {c.actor} · {c.source}
                  </span>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
