import { Col, Form, Row, Space } from 'antd';
import { useState } from 'react';
import type { CampaignValues } from '../campaign-form.ts';
import { CampaignForm, type CampaignRun } from './CampaignForm.tsx';
import { CampaignPreview } from './CampaignPreview.tsx';
import { CampaignResult } from './CampaignResult.tsx';
import { GreetingsToSend } from './GreetingsToSend.tsx';

/**
 * 节日问候: a campaign for a segment (tier, branch, category, upgrade potential) creates one
 * greeting task per merchant with its SMS from the template — never two for the same holiday and
 * year. Beside it the SMS preview and what the run created; below, the greetings still to send,
 * to be marked sent.
 */
export function GreetingCampaignPage() {
  const [form] = Form.useForm<CampaignValues>();
  const [result, setResult] = useState<CampaignRun | null>(null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="campaign-page">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <CampaignForm form={form} onResult={setResult} />
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <CampaignPreview form={form} />
            {result && <CampaignResult result={result} />}
          </Space>
        </Col>
      </Row>
      <GreetingsToSend />
    </Space>
  );
}
