import { Tag } from 'antd';
import type { TierCode } from '../gql/graphql.ts';
import { useT } from '../lib/i18n.ts';
import { useTierNames } from './useTierNames.ts';

export const TIER_COLORS: Record<TierCode, string> = {
  KEY: '#c41d7f',
  SECONDARY: '#1677ff',
  ORDINARY: '#13c2c2',
  SMALL: '#8c8c8c',
};

/**
 * A tier, named as the tier scheme of `period` names its level (钻石卡 under card levels); without a
 * period, as the scheme in force this month does. The seed's names stand in while the scheme loads.
 */
export function TierTag({
  tier,
  period,
  testId,
}: {
  tier: TierCode | null | undefined;
  period?: string | null | undefined;
  testId?: string;
}) {
  const t = useT();
  const names = useTierNames(period);
  if (!tier) return <Tag data-testid={testId}>{t('tier.none')}</Tag>;
  return (
    <Tag color={TIER_COLORS[tier]} data-testid={testId} data-tier={tier}>
      {names?.[tier] ?? t(`tier.${tier}`)}
    </Tag>
  );
}
