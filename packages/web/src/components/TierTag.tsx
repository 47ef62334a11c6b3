import { Tag } from 'antd';
import type { TierCode } from '../gql/graphql.ts';
import { useT } from '../lib/i18n.ts';

export const TIER_COLORS: Record<TierCode, string> = {
  KEY: '#c41d7f',
  SECONDARY: '#1677ff',
  ORDINARY: '#13c2c2',
  SMALL: '#8c8c8c',
};

export function TierTag({ tier, testId }: { tier: TierCode | null | undefined; testId?: string }) {
  const t = useT();
  if (!tier) return <Tag data-testid={testId}>{t('tier.none')}</Tag>;
  return (
    <Tag color={TIER_COLORS[tier]} data-testid={testId} data-tier={tier}>
      {t(`tier.${tier}`)}
    </Tag>
  );
}
