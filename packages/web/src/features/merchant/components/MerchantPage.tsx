import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext.tsx';
import { canDo, canUse } from '../../../app/permissions.ts';
import { TierTag } from '../../../components/TierTag.tsx';
import type { InteractionKind, TierCode } from '../../../gql/graphql.ts';
import { formatMoney, formatRate } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { defaultPeriod, monthsBack } from '../../../lib/period.ts';
import { LogInteractionModal } from '../../maintenance/components/LogInteractionModal.tsx';
import { OpenTasksCard } from '../../maintenance/components/OpenTasksCard.tsx';
import { TimelineCard } from '../../maintenance/components/TimelineCard.tsx';
import { MerchantMaintenanceQuery } from '../../maintenance/maintenance.operations.ts';
import { OpenComplaintModal } from '../../service-desk/components/OpenComplaintModal.tsx';
import { ReportFaultModal } from '../../service-desk/components/ReportFaultModal.tsx';
import { RecommendationsCard } from '../../value/components/RecommendationsCard.tsx';
import { buildTrendSeries } from '../chart-data.ts';
import { MerchantAccountQuery, MerchantPageQuery } from '../merchant.operations.ts';
import { ChangeHistory } from './ChangeHistory.tsx';
import { PointsCard } from './PointsCard.tsx';
import { RevealMobile } from './RevealMobile.tsx';
import { StatusTag } from './StatusTag.tsx';
import { TerminalsCard } from './TerminalsCard.tsx';
import { TrendChart } from './TrendChart.tsx';

const TIMELINE_PAGE = 30;
const POINTS_ENTRIES = 20;

/**
 * 客户 360: header with the last three months' tiers and the actions (记录联系, 登记投诉); left the
 * profile (mobile masked, 查看明文 for permitted roles) and fee plan, terminals (报修), points
 * (statement, 兑换积分) and open tasks; right the trend and the timeline; change history below.
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
  const mayComplain = canDo(user.role, 'handleComplaint');
  const mayReport = canDo(user.role, 'reportFault');
  const [logKind, setLogKind] = useState<InteractionKind | null>(null);
  const [complaining, setComplaining] = useState(false);
  const [faultTerminal, setFaultTerminal] = useState<{ tid: string; model: string } | null>(null);
  const account = useQuery(MerchantAccountQuery, {
    variables: { mid, entries: POINTS_ENTRIES },
    notifyOnNetworkStatusChange: true,
  });
  const acct = account.data?.merchant ?? undefined;
  const [timelineDone, setTimelineDone] = useState(false);
  const maintenance = useQuery(MerchantMaintenanceQuery, {
    variables: { mid, first: TIMELINE_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const mm = maintenance.data?.merchant ?? undefined;
  const refreshTimeline = () => {
    setTimelineDone(false);
    void maintenance.refetch({ mid, first: TIMELINE_PAGE, before: null });
  };
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
              {mayRecord && (
                <Button data-testid="log-call" onClick={() => setLogKind('CALL')}>
                  {t('logCall')}
                </Button>
              )}
              {mayComplain && (
                <Button data-testid="open-complaint" onClick={() => setComplaining(true)}>
                  {t('openComplaint')}
                </Button>
              )}
              <Link to={`/merchants/${m.mid}/benchmark?period=${months[0]}`} data-testid="benchmark-link">
                <Button>{t('benchmarkLink')}</Button>
              </Link>
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
                <RevealMobile
                  mid={m.mid}
                  masked={m.contact.mobile ?? null}
                  mayReveal={canDo(user.role, 'revealContact')}
                />
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
            {canUse(user.role, 'complaints') && (
              <Link to={`/complaints?mid=${m.mid}`} data-testid="merchant-complaints-link">
                {t('complaintsOfMerchant')}
              </Link>
            )}
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
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <RecommendationsCard mid={m.mid} mayOffer={canDo(user.role, 'recordOffer')} />
            <TerminalsCard
              mid={m.mid}
              terminals={acct?.terminals}
              loading={account.loading}
              onReport={mayReport ? (term) => setFaultTerminal(term) : undefined}
              faultsLink={canUse(user.role, 'faults')}
              error={account.error?.message}
            />
            <PointsCard
              mid={m.mid}
              points={acct?.points}
              loading={account.loading}
              mayRedeem={canDo(user.role, 'redeemPoints')}
              onRedeemed={() => {
                void account.refetch();
                refreshTimeline();
              }}
            />
            <OpenTasksCard
              merchant={mm}
              loading={maintenance.loading}
              onLog={mayRecord ? (kind) => setLogKind(kind) : undefined}
            />
          </Space>
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
          onSaved={refreshTimeline}
        />
      )}
      {mayComplain && (
        <OpenComplaintModal
          mid={m.mid}
          open={complaining}
          onClose={() => setComplaining(false)}
          onSaved={refreshTimeline}
        />
      )}
      {mayReport && (
        <ReportFaultModal
          terminal={faultTerminal}
          onClose={() => setFaultTerminal(null)}
          onSaved={() => {
            void account.refetch();
            refreshTimeline();
          }}
        />
      )}
    </Space>
  );
}
