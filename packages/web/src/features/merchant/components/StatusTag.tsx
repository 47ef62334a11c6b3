import { Tag } from 'antd';
import { useTCode } from '../../../lib/i18n.ts';

const COLORS: Record<string, string> = {
  onboarding: 'processing',
  active: 'success',
  dormant: 'warning',
  churned: 'error',
  terminated: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const tc = useTCode();
  return <Tag color={COLORS[status] ?? 'default'}>{tc('status', status)}</Tag>;
}
