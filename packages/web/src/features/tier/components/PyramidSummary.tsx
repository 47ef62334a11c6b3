import { Col, Row, Statistic, Typography } from 'antd';
import { formatCount, formatDelta, formatMoney, formatShare } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';

/** Totals and the one-line reading: top-20% share, Gini, key-tier change against the compare period. */
export function PyramidSummary({
  merchantCount,
  totalProfit,
  top20Share,
  gini,
  keyDelta,
  keyName,
  previous,
}: {
  merchantCount: number;
  totalProfit: string;
  top20Share: number;
  gini: number;
  keyDelta: number | null;
  /** The top tier's name under the period's scheme. */
  keyName: string;
  previous: { period: string; merchantCount: number; totalProfit: string };
}) {
  const t = useT();
  const lang = useLang();
  const parts = [
    t('summaryTop20', { share: formatShare(top20Share, lang, 0) }),
    t('summaryGini', { gini: gini.toFixed(2) }),
    ...(keyDelta === null
      ? []
      : [t('summaryKeyDelta', { tier: keyName, delta: formatDelta(keyDelta, lang) })]),
  ];
  return (
    <Row gutter={16} align="middle">
      <Col flex="140px">
        <Statistic
          title={t('totalMerchants')}
          value={formatCount(merchantCount, lang)}
          data-testid="total-merchants"
          data-count={merchantCount}
        />
      </Col>
      <Col flex="200px">
        <Statistic title={t('totalProfit')} value={formatMoney(totalProfit, lang)} />
      </Col>
      <Col flex="auto">
        <Typography.Text strong style={{ fontSize: 15 }} data-testid="pyramid-summary">
          {parts.join(' · ')}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">
          {t('previousPeriod', { period: previous.period })}: {formatCount(previous.merchantCount, lang)} ·{' '}
          {formatMoney(previous.totalProfit, lang)}
        </Typography.Text>
      </Col>
    </Row>
  );
}
