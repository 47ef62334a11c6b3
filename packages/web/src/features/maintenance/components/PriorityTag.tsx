import { Tag, Tooltip } from 'antd';
import type { WorkTaskRowFragment } from '../../../gql/graphql.ts';
import { formatYuan } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';

type Priority = WorkTaskRowFragment['priority'];

/**
 * A task's priority score; hovering it lists the parts it is the sum of (the shared rule,
 * packages/shared maintenance/task-priority.ts), so the order of the queue explains itself.
 */
export function PriorityTag({ priority, daysOverdue }: { priority: Priority; daysOverdue: number }) {
  const t = useT();
  const lang = useLang();
  const p = priority;
  const parts = [
    t('priorityPart.tier', { n: p.tier, tier: p.cadenceTier ? t(`tier.${p.cadenceTier}`) : '–' }),
    p.kind ? t('priorityPart.kind', { n: p.kind }) : null,
    p.late ? t('priorityPart.late', { n: p.late, days: daysOverdue }) : null,
    p.cases
      ? t('priorityPart.cases', { n: p.cases, complaints: p.openComplaints, faults: p.openFaults })
      : null,
    p.value && p.valueAtRisk
      ? t('priorityPart.value', { n: p.value, value: formatYuan(p.valueAtRisk, lang) })
      : null,
  ].filter((x): x is string => x !== null);
  const color = p.score >= 60 ? 'red' : p.score >= 40 ? 'orange' : 'default';
  return (
    <Tooltip
      title={
        <div data-testid="priority-parts">
          {parts.map((x) => (
            <div key={x}>{x}</div>
          ))}
          <div style={{ opacity: 0.7, marginTop: 4 }}>{t('priorityRule')}</div>
        </div>
      }
    >
      <Tag
        color={color}
        data-testid="priority"
        data-score={p.score}
        style={{ cursor: 'help', minWidth: 36, textAlign: 'center' }}
      >
        {p.score}
      </Tag>
    </Tooltip>
  );
}
