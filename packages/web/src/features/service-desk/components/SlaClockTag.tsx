import { Tag, Tooltip } from 'antd';
import { formatDateTime, formatDuration } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { describeSla, type SlaClockLike } from '../sla.ts';

/** The width of an SLA column: the longest tag ("Breached · 16d 12h overdue") fits it at 12px. */
export const SLA_COLUMN_WIDTH = 184;

/**
 * One SLA clock: its state and the time left, overdue or taken; red once breached. A tag longer than
 * its column ends in an ellipsis; the tooltip always gives the whole of it and the due time.
 */
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
  const text = `${t(`slaState.${clock.state}`)}${phrase ? ` · ${phrase}` : ''}`;
  return (
    <Tooltip
      title={
        <>
          {text}
          <br />
          {t('slaDue', { at: formatDateTime(clock.dueAt, lang) })}
        </>
      }
    >
      <Tag
        color={view.color}
        data-testid={testId}
        data-state={clock.state}
        data-minutes-left={clock.minutesLeft ?? undefined}
        style={{
          marginInlineEnd: 0,
          paddingInline: 4, // a few pixels more for the longest English tag
          maxWidth: '100%',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          verticalAlign: 'top',
        }}
      >
        {text}
      </Tag>
    </Tooltip>
  );
}
