import { Tag } from 'antd';
import type { ComplaintStatus, FaultStatus } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';

const COMPLAINT_COLORS: Record<ComplaintStatus, string> = {
  OPEN: 'warning',
  IN_PROGRESS: 'processing',
  RESOLVED: 'cyan',
  CLOSED: 'default',
};

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const t = useT();
  return (
    <Tag color={COMPLAINT_COLORS[status]} data-testid="complaint-status">
      {t(`complaintStatus.${status}`)}
    </Tag>
  );
}

const FAULT_COLORS: Record<FaultStatus, string> = {
  OPEN: 'warning',
  ASSIGNED: 'processing',
  ON_SITE: 'purple',
  FIXED: 'cyan',
  CLOSED: 'default',
};

export function FaultStatusTag({ status }: { status: FaultStatus }) {
  const t = useT();
  return (
    <Tag color={FAULT_COLORS[status]} data-testid="fault-status">
      {t(`faultStatus.${status}`)}
    </Tag>
  );
}

/** 升级 0/1/2: none, branch manager, head office. */
export function EscalationTag({ level }: { level: number }) {
  const t = useT();
  if (level <= 0)
    return (
      <Tag data-testid="escalation" data-level={0}>
        {t('escalation.0')}
      </Tag>
    );
  return (
    <Tag color={level >= 2 ? 'red' : 'volcano'} data-testid="escalation" data-level={level}>
      {t(level >= 2 ? 'escalation.2' : 'escalation.1')}
    </Tag>
  );
}
