import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext.tsx';
import { canDo } from '../../../app/permissions.ts';
import { TierTag } from '../../../components/TierTag.tsx';
import type { InteractionKind, TierCode } from '../../../gql/graphql.ts';
import { formatCount, formatMoney, formatRate } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { defaultPeriod, monthsBack } from '../../../lib/period.ts';
import { LogInteractionModal } from '../../maintenance/components/LogInteractionModal.tsx';
import { OpenTasksCard } from '../../maintenance/components/OpenTasksCard.tsx';
import { TimelineCard } from '../../maintenance/components/TimelineCard.tsx';
import { MerchantMaintenanceQuery } from '../../maintenance/maintenance.operations.ts';
import { buildTrendSeries } from '../chart-data.ts';
import { MerchantPageQuery } from '../merchant.operations.ts';
import { ChangeHistory } from './ChangeHistory.tsx';
import { StatusTag } from './StatusTag.tsx';
import { TrendChart } from './TrendChart.tsx';

const TIMELINE_PAGE = 30;

/**
 * 客户 360: header with the last three months' tiers, profile and fee plan, trend, open tasks and
 * the timeline (with 记录联系), change history.
 */
export function MerchantPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const navigate = useNavigate();
  const { mid = '' } = useParams();
  const months = useMemo(() => monthsBack(defaultPeriod(), 3) as [string, string, string], []);
  const { data, loading, error, refetch } = useQuery(MerchantPageQuery, {
    variables: { mid, m0: months[0], m1: months[1], m2: months[2] },
  });
  const { user } = useAuth();
  const mayRecord = canDo(user.role, 'recordInteraction');
  const [logKind, setLogKind] = useState<InteractionKind | null>(null);
  const [timelineDone, setTimelineDone] = useState(false);
  const maintenance = useQuery(MerchantMaintenanceQuery, {
    variables: { mid, first: TIMELINE_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const mm = maintenance.data?.merchant ?? undefined;
  const moreTimeline = async () => {
    const before = mm?.timeline.at(-1)?.cursor;
    if (!before) return;
    const more = await maintenance.fetchMore({
      variables: { before },
      updateQuery: (prev, { fetchMoreResult }) =>
        prev.merchant && fetchMoreResult.merchant
          ? {
              ...prev,
              merchant: {
                ...prev.merchant,
                timeline: [...prev.merchant.timeline, ...fetchMoreResult.merchant.timeline],
              },
            }
          : prev,
    });
    if ((more.data?.merchant?.timeline.length ?? 0) < TIMELINE_PAGE) setTimelineDone(true);
  };
  const m = data?.merchant;
  const trend = useMemo(() => (m ? buildTrendSeries(m.trend, m.tierHistory) : null), [m]);
  const tierLabel = useCallback((tier: TierCode) => t(`tier.${tier}`), [t]);
  const back = (
    <Button onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/merchants'))}>
      {t('back')}
    </Button>
  );

  if (loading && !m) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (error) {
    return (
      <Result
        status="error"
        title={t('error')}
        subTitle={error.message}
        extra={[
          back,
          <Button key="retry" onClick={() => refetch()}>
            {t('retry')}
          </Button>,
        ]}
      />
    );
  }
  if (!m || !trend)
    return <Result status="404" title={t('notFound')} extra={back} data-testid="merchant-not-found" />;

  const recentTiers: [string, TierCode | null | undefined][] = [
    [months[2], m.tier2],
    [months[1], m.tier1],
    [months[0], m.tier0],
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="merchant-page">
      <Card size="small">
        <Row gutter={[16, 8]} align="middle" wrap>
          <Col flex="auto">
            <Space orientation="vertical" size={2}>
              <Space wrap align="center">
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="merchant-name">
                  {m.name}
                </Typography.Title>
                <StatusTag status={m.status} />
              </Space>
              <Typography.Text type="secondary">
                {t('mid')} <span data-testid="merchant-mid">{m.mid}</span> · {m.branch} · {t('manager')}{' '}
                {m.manager.displayName}
              </Typography.Text>
            </Space>
          </Col>
          <Col>
            <Space size={12} data-testid="tier-badges">
              <Typography.Text type="secondary">{t('tierHistory')}</Typography.Text>
              {recentTiers.map(([month, tier]) => (
                <Space key={month} orientation="vertical" size={0} align="center">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {month}
                  </Typography.Text>
                  <TierTag tier={tier} testId={`tier-badge-${month}`} />
                </Space>
              ))}
            </Space>
          </Col>
          <Col>
            <Space>
              {mayRecord && (
                <Button type="primary" data-testid="log-interaction" onClick={() => setLogKind('VISIT')}>
                  {t('logInteraction')}
                </Button>
              )}
              {back}
            </Space>
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('profile')} data-testid="merchant-profile">
            <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
              {m.tradingName && (
                <Descriptions.Item label={t('tradingName')}>{m.tradingName}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('category')}>
                {tc('category', m.category)} · {t('mcc')} {m.mcc}
              </Descriptions.Item>
              <Descriptions.Item label={t('onboarded')}>{m.onboardedOn}</Descriptions.Item>
              <Descriptions.Item label={t('contact')}>{m.contact.name ?? '–'}</Descriptions.Item>
              <Descriptions.Item label={t('mobile')}>
                <span data-testid="contact-mobile">{m.contact.mobile ?? '–'}</span>
              </Descriptions.Item>
              {m.contact.verifiedOn && (
                <Descriptions.Item label={t('verifiedOn')}>{m.contact.verifiedOn}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('planKind')}>{tc('feePlan', m.feePlan.kind)}</Descriptions.Item>
              <Descriptions.Item label={t('rate')}>
                <span data-testid="fee-rate">{formatRate(m.feePlan.rate)}</span>
                {m.feePlan.cap &&
                  ` · ${t('cap')} ${t('perTxn', { amount: formatMoney(m.feePlan.cap, lang) })}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('listRate')}>{formatRate(m.feePlan.listRate)}</Descriptions.Item>
              <Descriptions.Item label={t('discount')}>{formatRate(m.feePlan.discount)}</Descriptions.Item>
            </Descriptions>
            <Statistic
              title={t('points')}
              value={formatCount(m.points.balance, lang)}
              style={{ marginTop: 8 }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('trend')}>
            <TrendChart
              series={trend}
              names={{ amount: t('amount'), profit: t('profit') }}
              tierLabel={tierLabel}
              lang={lang}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <OpenTasksCard
            merchant={mm}
            loading={maintenance.loading}
            onLog={mayRecord ? (kind) => setLogKind(kind) : undefined}
          />
        </Col>
        <Col xs={24} xl={16}>
          <TimelineCard
            events={mm?.timeline}
            loading={maintenance.loading}
            hasMore={!timelineDone && (mm?.timeline.length ?? 0) >= TIMELINE_PAGE}
            onMore={moreTimeline}
          />
        </Col>
        <Col span={24}>
          <Card size="small" title={t('history')}>
            <ChangeHistory changes={m.changes} />
          </Card>
        </Col>
      </Row>
      {mayRecord && (
        <LogInteractionModal
          mid={m.mid}
          open={logKind !== null}
          defaultKind={logKind ?? 'VISIT'}
          onClose={() => setLogKind(null)}
          onSaved={() => {
            setTimelineDone(false);
            void maintenance.refetch({ mid, first: TIMELINE_PAGE, before: null });
          }}
        />
      )}
    </Space>
  );
}
