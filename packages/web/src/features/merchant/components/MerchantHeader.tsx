import { Card, Col, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { TierTag } from '../../../components/TierTag.tsx';
import type { TierCode } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';
import { StatusTag } from './StatusTag.tsx';

/** The head of 客户 360: name and status, MID, branch and manager, the last three months' tiers, the actions. */
export function MerchantHeader({
  merchant: m,
  recentTiers,
  actions,
}: {
  merchant: { mid: string; name: string; status: string; branch: string; manager: { displayName: string } };
  /** Oldest month first. */
  recentTiers: [string, TierCode | null | undefined][];
  actions: ReactNode;
}) {
  const t = useT();
  return (
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
                <TierTag tier={tier} period={month} testId={`tier-badge-${month}`} />
              </Space>
            ))}
          </Space>
        </Col>
        <Col>
          <Space>{actions}</Space>
        </Col>
      </Row>
    </Card>
  );
}
