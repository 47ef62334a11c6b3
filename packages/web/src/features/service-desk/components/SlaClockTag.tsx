import { Tag, Tooltip } from 'antd';
import { formatDateTime, formatDuration } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { describeSla, type SlaClockLike } from '../sla.ts';

/** One SLA clock: its state and the time left, overdue or taken; red once breached. */
export function SlaClockTag({ clock, testId }: { clock: SlaClockLike & { dueAt: string }; testId: string }) {
  const t = useT();
  const lang = useLang();
  const view = describeSla(clock);
  const d = view.minutes != null ? formatDuration(view.minutes, lang) : '';
  const phrase =
    view.phrase === 'left'
      ? t('slaLeft', { d })
      : view.phrase === 'overdue'
        ? t('slaOverdue', { d })
        : view.phrase === 'took'
          ? t('slaTook', { d })
          : '';
  return (
    <Tooltip title={t('slaDue', { at: formatDateTime(clock.dueAt, lang) })}>
      <Tag
        color={view.color}
        data-testid={testId}
        data-state={clock.state}
        data-minutes-left={clock.minutesLeft ?? undefined}
        style={{ marginInlineEnd: 0 }}
      >
        {t(`slaState.${clock.state}`)}
        {phrase ? ` · ${phrase}` : ''}
      </Tag>
    </Tooltip>
  );
}
