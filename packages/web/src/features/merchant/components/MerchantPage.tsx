import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Result, Row, Skeleton, Space } from 'antd';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TierCode } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { defaultPeriod, monthsBack } from '../../../lib/period.ts';
import { canDo, canUse } from '../../../lib/permissions.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { buildTrendSeries } from '../chart-data.ts';
import { MerchantPageQuery, MerchantPointsQuery, MerchantTerminalsQuery } from '../merchant.operations.ts';
import { ChangeHistory } from './ChangeHistory.tsx';
import { MerchantFormDialog } from './MerchantFormDialog.tsx';
import { MerchantHeader } from './MerchantHeader.tsx';
import { PointsCard } from './PointsCard.tsx';
import { ProfileCard } from './ProfileCard.tsx';
import { TerminalsCard } from './TerminalsCard.tsx';
import { TrendChart } from './TrendChart.tsx';

const POINTS_PAGE = 20;
const TERMINALS_PAGE = 10;

/** What the page hands the parts other features add: the merchant, and a refresh of its account. */
export interface MerchantPageContext {
  mid: string;
  /** Refetches the terminals and the points (after a fault report, say). */
  refreshAccount: () => void;
}

/** The parts of the page that belong to other features; app/ composes them, the page lays them out. */
export interface MerchantPageParts {
  /** Buttons at the head, before the benchmark link (记录联系, 登记投诉…). */
  actions?: ReactNode;
  /** Cards at the top of the left column, above the terminals (推荐产品). */
  sideTop?: ReactNode;
  /** Cards at the foot of the left column, below the points (待办任务). */
  sideBottom?: ReactNode;
  /** Beside the left column, under the trend (时间线). */
  main?: ReactNode;
  /** The dialogs the actions open. */
  dialogs?: ReactNode;
  /** Opens a fault report for a terminal; absent when the role may not report faults. */
  onReportFault?: ((terminal: { tid: string; model: string }) => void) | undefined;
  /** Called after the page itself changed the merchant (points redeemed), for the parts that show it. */
  onChanged?: () => void;
}

/** A paged query's data, or while the next page loads the page before it, never another merchant's. */
function shown<T extends { merchant?: { mid: string } | null }>(
  q: { data?: T | undefined; previousData?: T | undefined },
  mid: string,
): T | undefined {
  return q.data ?? (q.previousData?.merchant?.mid === mid ? q.previousData : undefined);
}

/**
 * 客户 360: header with the last three months' tiers and the actions; left the profile and fee plan,
 * terminals (报修) and points (statement, 兑换积分); right the trend; change history below; 编辑 for
 * the roles that change merchants. The
 * parts of other features (recommendations, open tasks, the timeline, the forms that record on the
 * merchant) come from `parts`.
 */
export function MerchantPage({ parts }: { parts: (page: MerchantPageContext) => MerchantPageParts }) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const { mid = '' } = useParams();
  const months = useMemo(() => monthsBack(defaultPeriod(), 3) as [string, string, string], []);
  const { data, loading, error, refetch } = useQuery(MerchantPageQuery, {
    variables: { mid, m0: months[0], m1: months[1], m2: months[2] },
  });
  const { user } = useAuth();
  const mayEdit = canDo(user.role, 'manageMerchants');
  const [editing, setEditing] = useState(false);
  const pointsPaging = useCursorPaging(mid, POINTS_PAGE);
  const points = useQuery(MerchantPointsQuery, {
    variables: { mid, ...pointsPaging.variables },
    // A page seen before is shown at once and read again: a redemption may have moved it.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const terminalsPaging = useCursorPaging(mid, TERMINALS_PAGE);
  const terminals = useQuery(MerchantTerminalsQuery, {
    variables: { mid, ...terminalsPaging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const m = data?.merchant;
  const trend = useMemo(
    () =>
      m
        ? buildTrendSeries(
            m.trend,
            m.tierHistoryConnection.edges.map((e) => e.node),
          )
        : null,
    [m],
  );
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

  const p = parts({
    mid: m.mid,
    refreshAccount: () => {
      void terminals.refetch();
      void points.refetch();
    },
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="merchant-page">
      <MerchantHeader
        merchant={m}
        recentTiers={[
          [months[2], m.tier2],
          [months[1], m.tier1],
          [months[0], m.tier0],
        ]}
        actions={
          <>
            {p.actions}
            {mayEdit && (
              <Button data-testid="merchant-edit" onClick={() => setEditing(true)}>
                {t('merchantEdit')}
              </Button>
            )}
            <Link to={`/merchants/${m.mid}/benchmark?period=${months[0]}`} data-testid="benchmark-link">
              <Button>{t('benchmarkLink')}</Button>
            </Link>
            {back}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ProfileCard
            merchant={m}
            mayReveal={canDo(user.role, 'revealContact')}
            complaintsLink={canUse(user.role, 'complaints')}
          />
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
            {p.sideTop}
            <TerminalsCard
              mid={m.mid}
              terminals={shown(terminals, mid)?.merchant?.terminalsConnection}
              paging={terminalsPaging}
              loading={terminals.loading}
              onReport={p.onReportFault}
              faultsLink={canUse(user.role, 'faults')}
              error={terminals.error?.message}
            />
            <PointsCard
              mid={m.mid}
              points={shown(points, mid)?.merchant?.points}
              paging={pointsPaging}
              loading={points.loading}
              error={points.error?.message}
              mayRedeem={canDo(user.role, 'redeemPoints')}
              onRedeemed={() => {
                // The new entry is the newest: back to the first page, read again.
                if (pointsPaging.page === 1) void points.refetch();
                else pointsPaging.first();
                p.onChanged?.();
              }}
            />
            {p.sideBottom}
          </Space>
        </Col>
        {p.main && (
          <Col xs={24} xl={16}>
            {p.main}
          </Col>
        )}
        <Col span={24}>
          <Card size="small" title={t('history')}>
            <ChangeHistory mid={m.mid} />
          </Card>
        </Col>
      </Row>
      {p.dialogs}
      {mayEdit && (
        <MerchantFormDialog
          open={editing}
          merchant={m}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refetch();
            p.onChanged?.();
          }}
        />
      )}
    </Space>
  );
}
