import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, Result, Row, Skeleton, Space, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { formatCount, formatShare, formatYuan } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import {
  buildCountPyramid,
  buildLorenzSeries,
  buildMigrationHeatmap,
  buildProfitBars,
  keyDelta,
  lorenzOvershoot,
  merchantListHref,
  migrationDrill,
  type Tier,
  tierFigures,
} from '../chart-data.ts';
import { usePyramidFilters } from '../hooks/usePyramidFilters.ts';
import { PyramidQuery } from '../tier.operations.ts';
import { kindWords, sinceWords } from '../tier-scheme-form.ts';
import { CountPyramid } from './CountPyramid.tsx';
import { LorenzChart } from './LorenzChart.tsx';
import { LorenzNote } from './LorenzNote.tsx';
import { MigrationHeatmap } from './MigrationHeatmap.tsx';
import { ProfitPyramid } from './ProfitPyramid.tsx';
import { PyramidFilters } from './PyramidFilters.tsx';
import { PyramidSummary } from './PyramidSummary.tsx';
import { TierTable } from './TierTable.tsx';

/** 客户金字塔: the count pyramid beside the profit pyramid, the Pareto curve and the migration matrix. */
export function PyramidPage() {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const { period, compare, filter, set } = usePyramidFilters();
  const { data, previousData, loading, error, refetch } = useQuery(PyramidQuery, {
    variables: { period, compare, filter },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the last view on screen while the next one loads, instead of flashing a skeleton.
  const shown = data ?? previousData;
  const drill = (tier: Tier, inPeriod = period) =>
    navigate(merchantListHref({ tier, period: inPeriod }, filter));

  const charts = useMemo(() => {
    if (!shown) return null;
    // Each period's tiers are named by its own scheme (钻石卡 under card levels, 重要客户 by default).
    const namesOf = (rows: readonly { tier: Tier; zh: string; en: string }[]) => {
      const names = new Map(rows.map((r) => [r.tier, lang === 'zh' ? r.zh : r.en]));
      return (tier: Tier) => names.get(tier) ?? t(`tier.${tier}`);
    };
    const tierName = namesOf(shown.pyramid.tiers);
    const tiers = shown.pyramid.tiers;
    return {
      figures: tierFigures(tiers),
      steps: buildCountPyramid(
        tiers,
        (f) =>
          `${tierName(f.tier)} ${formatShare(f.countShare, lang, 0)} ${t('merchantsUnit', { n: formatCount(f.count, lang) })}`,
      ),
      bars: buildProfitBars(
        tiers,
        (f) => `${tierName(f.tier)} ${formatShare(f.profitShare, lang, 0)} ${formatYuan(f.profit, lang)}`,
      ),
      lorenz: buildLorenzSeries(shown.lorenz),
      overshoot: lorenzOvershoot(shown.lorenz, tierFigures(tiers)),
      heatmap: buildMigrationHeatmap(
        shown.tierMigration.cells,
        tierName,
        t('newMerchants'),
        t('leftMerchants'),
        namesOf(shown.previous.tiers),
      ),
      tierName,
      keyDelta: keyDelta(tiers, shown.previous.tiers),
    };
  }, [shown, t, lang]);

  const filters = <PyramidFilters period={period} compare={compare} scope={filter} onChange={set} />;
  if (error && !shown) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {filters}
        <Result
          status="error"
          title={t('error')}
          subTitle={error.message}
          extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
        />
      </Space>
    );
  }
  if (!shown || !charts) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {filters}
        <Skeleton active paragraph={{ rows: 12 }} />
      </Space>
    );
  }
  const p = shown.pyramid;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="pyramid-page">
      {filters}
      <Spin spinning={loading} delay={200}>
        {p.merchantCount === 0 ? (
          <Card>
            <Empty description={t('noPyramid')} data-testid="pyramid-empty" />
          </Card>
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small">
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid="pyramid-scheme"
                data-kind={shown.tierScheme.kind}
              >
                {t('pyramidScheme', {
                  kind: kindWords(t, shown.tierScheme),
                  since: sinceWords(t, shown.tierScheme.effectiveFrom),
                })}
              </Typography.Text>
              <PyramidSummary
                merchantCount={p.merchantCount}
                totalProfit={p.totalProfit}
                top20Share={p.top20Share}
                gini={p.gini}
                keyDelta={charts.keyDelta}
                keyName={charts.tierName('KEY')}
                previous={shown.previous}
              />
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <Card size="small" title={`${t('countPyramid')} · ${p.period}`}>
                  <CountPyramid steps={charts.steps} onTier={(tier) => drill(tier)} />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={`${t('profitPyramid')} · ${p.period}`}>
                  <ProfitPyramid bars={charts.bars} onTier={(tier) => drill(tier)} />
                </Card>
              </Col>
              <Col span={24}>
                <TierTable rows={charts.figures} period={p.period} onTier={(tier) => drill(tier)} />
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('lorenz')}>
                  <LorenzChart
                    series={charts.lorenz}
                    names={{
                      x: t('merchantShare'),
                      y: t('profitShareAxis'),
                      curve: t('lorenz'),
                      equality: t('equality'),
                    }}
                  />
                  <LorenzNote overshoot={charts.overshoot} tierName={charts.tierName} />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card
                  size="small"
                  title={t('migration', { from: shown.tierMigration.from, to: shown.tierMigration.to })}
                >
                  <MigrationHeatmap
                    heatmap={charts.heatmap}
                    axisNames={{
                      x: t('migrationTo', { period: shown.tierMigration.to }),
                      y: t('migrationFrom', { period: shown.tierMigration.from }),
                    }}
                    count={(n) => formatCount(n, lang)}
                    onCell={(from, to) => {
                      const target = migrationDrill(from, to, {
                        from: shown.tierMigration.from,
                        to: shown.tierMigration.to,
                      });
                      if (target) drill(target.tier, target.period);
                    }}
                  />
                  <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                    {t('migrationHint', { from: shown.tierMigration.from, to: shown.tierMigration.to })}
                  </Typography.Paragraph>
                </Card>
              </Col>
            </Row>
          </Space>
        )}
      </Spin>
    </Space>
  );
}
