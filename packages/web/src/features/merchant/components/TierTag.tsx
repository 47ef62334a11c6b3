import { Tag } from 'antd';
import { useT } from '../../../lib/i18n.ts';

const COLOR = { KEY: 'magenta', SECONDARY: 'blue', ORDINARY: 'cyan', SMALL: 'default' } as const;

export function TierTag({ tier }: { tier: keyof typeof COLOR | null }) {
  const t = useT();
  if (!tier) return <Tag>–</Tag>;
  return <Tag color={COLOR[tier]}>{t(`tier${tier}`)}</Tag>;
}
