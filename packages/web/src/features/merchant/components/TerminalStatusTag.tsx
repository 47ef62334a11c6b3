import { Tag } from 'antd';
import type { TerminalStatus } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';

const TERMINAL_COLORS: Record<TerminalStatus, string> = {
  ACTIVE: 'success',
  FAULTY: 'error',
  REMOVED: 'default',
};

export function TerminalStatusTag({ status }: { status: TerminalStatus }) {
  const t = useT();
  return (
    <Tag color={TERMINAL_COLORS[status]} data-testid="terminal-status">
      {t(`terminalStatus.${status}`)}
    </Tag>
  );
}
