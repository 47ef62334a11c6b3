import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';

export interface DeskEvent {
  id: string;
  at: string;
  actor: string;
  action?: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
}

/** A complaint's or fault ticket's history, oldest first: when, who, what, the status move and the note. */
export function EventHistory({ events, statusPrefix }: { events: DeskEvent[]; statusPrefix: string }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  if (events.length === 0) return <Typography.Text type="secondary">{t('noTimeline')}</Typography.Text>;
  return (
    <Timeline
      data-testid="desk-events"
      style={{ marginTop: 12, marginBottom: -12 }}
      items={events.map((e) => {
        const action = e.action ? tc('deskAction', e.action) : '';
        const move =
          e.toStatus && e.fromStatus !== e.toStatus
            ? `${e.fromStatus ? `${tc(statusPrefix, e.fromStatus)} → ` : ''}${tc(statusPrefix, e.toStatus)}`
            : '';
        return {
          key: e.id,
          color: e.action === 'escalated' ? 'red' : 'blue',
          content: (
            <div data-testid="desk-event" data-action={e.action ?? e.toStatus ?? ''}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at, lang)} · {e.actor === 'system' ? t('systemActor') : e.actor}
              </Typography.Text>
              <div>
                <Typography.Text strong>{[action, move].filter(Boolean).join(' · ')}</Typography.Text>
                {e.note && <Typography.Text style={{ marginLeft: 8 }}>{e.note}</Typography.Text>}
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
