import { Card, Col, Row, Statistic } from 'antd';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import type { CampaignRun } from './CampaignForm.tsx';

/** What the last run created, and what was already there (never created twice). */
export function CampaignResult({ result }: { result: CampaignRun }) {
  const t = useT();
  const lang = useLang();
  return (
    <Card
      size="small"
      data-testid="campaign-result"
      data-created={result.created}
      data-already={result.alreadyThere}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Statistic title={t('campaignCreated')} value={formatCount(result.created, lang)} />
        </Col>
        <Col span={12}>
          <Statistic title={t('campaignAlreadyThere')} value={formatCount(result.alreadyThere, lang)} />
        </Col>
      </Row>
    </Card>
  );
}
