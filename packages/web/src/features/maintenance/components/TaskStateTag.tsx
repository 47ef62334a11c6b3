import { Tag } from 'antd';
import type { TaskState } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';

const COLORS: Record<TaskState, string> = {
  OVERDUE: 'red',
  DUE: 'orange',
  UPCOMING: 'default',
  DONE: 'green',
  CANCELLED: 'default',
  OPEN: 'blue',
};

/** A task's state today; overdue in red with its days overdue. */
export function TaskStateTag({ state, daysOverdue }: { state: TaskState; daysOverdue: number }) {
  const t = useT();
  return (
    <Tag color={COLORS[state]} data-testid="task-state" data-state={state}>
      {state === 'OVERDUE' && daysOverdue > 0
        ? `${t('taskState.OVERDUE')} · ${t('daysOverdue', { n: daysOverdue })}`
        : t(`taskState.${state}`)}
    </Tag>
  );
}
