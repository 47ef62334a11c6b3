import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../../lib/i18n.ts';
import { TierFollowUpQuery } from '../maintenance.operations.ts';

const POLL_MS = 10_000;

/**
 * A tier snapshot answers before the tasks it moves are written (a million merchants' tasks take a
 * while): until they have caught up, the work queue says so and checks again every few seconds;
 * once they have, `onCaughtUp` reloads what the page shows. Nothing when all is in line.
 */
export function TierFollowUpNotice({ onCaughtUp }: { onCaughtUp: () => void }) {
  const t = useT();
  const { data, startPolling, stopPolling } = useQuery(TierFollowUpQuery, { fetchPolicy: 'network-only' });
  const pending = data?.tierFollowUp.pendingPeriods ?? [];
  const wasPending = useRef(false);
  useEffect(() => {
    if (pending.length) {
      wasPending.current = true;
      startPolling(POLL_MS);
    } else {
      stopPolling();
      if (wasPending.current) {
        wasPending.current = false;
        onCaughtUp();
      }
    }
  }, [pending.length, startPolling, stopPolling, onCaughtUp]);
  if (!pending.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="tier-follow-up"
      message={t('tierFollowUpPending', { periods: pending.join(', ') })}
    />
  );
}
