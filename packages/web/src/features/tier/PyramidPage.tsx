import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, DatePicker, Row, Select, Skeleton, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useContext } from 'react';
import { useNavigate } from 'react-router';
import { formatMoney, formatShare } from '../../lib/format.ts';
import { LangContext, useT } from '../../lib/i18n.ts';
import { keyDelta, type Tier, type TierRow } from './chart-data.ts';
import { CountPyramid, LorenzChart, MigrationHeatmap, ProfitPyramid } from './components/PyramidCharts.tsx';
import { FilterOptionsQuery, PyramidQuery } from './tier.operations.ts';
import { usePyramidFilters } from './usePyramidFilters.ts';

const CATEGORIES = ['一般类', '批发类', '餐娱类', '车房类', '民生类', '公益类'];

export function PyramidPage() {
  const t = useT();
  const { lang } = useContext(LangContext);
  const navigate = useNavigate();
  const f = usePyramidFilters();
  const options = useQuery(FilterOptionsQuery, { variables: { branch: f.branch ?? null } });
  const { data, loading, error } = useQuery(PyramidQuery, {
    variables: { period: f.period, compare: f.compare, filter: f.filter },
  });
  const tierLabel = (tier: Tier) => t(`tier${tier}`);
  const drill = (tier: Tier | null, period = f.period) => {
    const q = new URLSearchParams({ period, ...(tier ? { tier } : {}) });
    for (const [k, v] of Object.entries(f.filter)) if (v) q.set(k, v);
    navigate(`/merchants?${q}`);
  };
  const p = data?.pyramid;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <span>{t('period')}</span>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${f.period}-01`)}
            onChange={(d) => d && f.set({ period: d.format('YYYY-MM') })}
            data-testid="period"
          />
          <span>{t('compareTo')}</span>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${f.compare}-01`)}
            onChange={(d) => d && f.set({ compare: d.format('YYYY-MM') })}
          />
          <span>{t('branch')}</span>
          <Select
            data-testid="branch-filter"
            style={{ width: 160 }}
            allowClear
            placeholder={t('all')}
            value={f.branch}
            onChange={(v) => f.set({ branch: v, manager: undefined })}
            options={(options.data?.branches ?? []).map((b) => ({ value: b.name, label: b.name }))}
          />
          <span>{t('category')}</span>
          <Select
            style={{ width: 120 }}
            allowClear
            placeholder={t('all')}
            value={f.category}
            onChange={(v) => f.set({ category: v })}
            options={CATEGORIES.map((c) => ({ value: c, label: c }))}
          />
          <span>{t('manager')}</span>
          <Select
            style={{ width: 160 }}
            allowClear
            showSearch
            placeholder={t('all')}
            value={f.manager}
            onChange={(v) => f.set({ manager: v })}
            options={(options.data?.accountManagers ?? []).map((m) => ({
              value: m.login,
              label: `${m.displayName} (${m.login})`,
            }))}
          />
        </Space>
      </Card>
      {error && <Alert type="error" title={t('error')} description={error.message} />}
      {loading || !p ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('totalMerchants')} value={p.merchantCount} data-testid="total-merchants" />
            </Col>
            <Col span={6}>
              <Statistic title={t('totalProfit')} value={formatMoney(p.totalProfit, lang)} />
            </Col>
            <Col span={12}>
              <Typography.Paragraph style={{ marginTop: 24 }} data-testid="pyramid-summary">
                {t('summaryTop20', { share: formatShare(p.top20Share, lang, 0) })} ·{' '}
                {t('summaryGini', { gini: p.gini.toFixed(2) })} ·{' '}
                {t('summaryKeyDelta', {
                  delta: keyDelta(p.tiers as TierRow[], data?.previous.tiers as TierRow[] | undefined),
                })}
              </Typography.Paragraph>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title={t('countPyramid')} size="small">
                <CountPyramid
                  tiers={p.tiers as TierRow[]}
                  label={tierLabel}
                  unit={t('merchantsUnit')}
                  lang={lang}
                  onTier={(tier) => drill(tier)}
                />
                <table style={{ width: '100%' }} data-testid="tier-table">
                  <tbody>
                    {(p.tiers as TierRow[]).map((row) => (
                      <tr
                        key={row.tier}
                        data-testid={`tier-row-${row.tier}`}
                        style={{ cursor: 'pointer' }}
                        onClick={() => drill(row.tier)}
                      >
                        <td>{tierLabel(row.tier)}</td>
                        <td data-testid={`tier-count-${row.tier}`} style={{ textAlign: 'right' }}>
                          {row.merchantCount}
                        </td>
                        <td style={{ textAlign: 'right' }}>{formatShare(row.countShare, lang)}</td>
                        <td style={{ textAlign: 'right' }}>{formatMoney(row.profit, lang)}</td>
                        <td style={{ textAlign: 'right' }}>{formatShare(row.profitShare, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('profitPyramid')} size="small">
                <ProfitPyramid
                  tiers={p.tiers as TierRow[]}
                  label={tierLabel}
                  lang={lang}
                  onTier={(tier) => drill(tier)}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title={t('lorenz')} size="small">
                <LorenzChart points={data.lorenz} xName={t('merchantShare')} yName={t('profitShare')} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={`${t('migration')} ${f.compare} → ${f.period}`} size="small">
                <MigrationHeatmap
                  cells={data.tierMigration.cells as never}
                  label={tierLabel}
                  newLabel={t('newMerchants')}
                  leftLabel={t('leftMerchants')}
                  onCell={(_from, to) => drill(to, f.period)}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
