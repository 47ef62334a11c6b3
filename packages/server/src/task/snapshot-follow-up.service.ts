import type { EntityManager } from '@mikro-orm/postgresql';
import { textArray } from '../platform/db/values.ts';
import { refreshCadenceTiers, refreshTasks } from './tasks.service.ts';

/** How long a process holds the snapshots it is following before another may take them over. */
const LEASE = `interval '10 minutes'`;

export interface FollowUpState {
  /** Snapshots whose cadence and tasks are still to follow them, oldest first. */
  pendingPeriods: string[];
  /** When the oldest of them was stored; null when none is pending. */
  pendingSince: Date | null;
  /** Whether a process is following them now (holds their lease). */
  running: boolean;
}

/**
 * Brings the maintenance cadence and the open tasks in line with the tier snapshots stored since
 * they last were (`tier_snapshot_run.cadence_followed_at` null): one cadence refresh from the
 * latest snapshot and the task refresh it calls for, however many snapshots are waiting. Safe in
 * several processes at once: the snapshots are claimed with a lease, so a process that stops
 * halfway leaves them to the next round once the lease runs out. A snapshot stored again while it
 * is followed stays pending (its `computed_at` moved) and is followed again. Returns the periods
 * followed.
 */
export async function followTierSnapshots(em: EntityManager): Promise<string[]> {
  const followed: string[] = [];
  // Another snapshot may land while one round runs: go again until none is waiting (at most a few).
  for (let round = 0; round < 5; round++) {
    const claimed = await em.execute<{ period: string; computed_at: string }[]>(
      `update tier_snapshot_run set cadence_lease_until = now() + ${LEASE}
       where cadence_followed_at is null and (cadence_lease_until is null or cadence_lease_until < now())
       returning period, computed_at::text`,
    );
    if (!claimed.length) break;
    const release = (followedAt: 'now()' | 'null') =>
      em.execute(
        `update tier_snapshot_run r set cadence_followed_at = ${followedAt}, cadence_lease_until = null
         from unnest(?::text[], ?::timestamptz[]) as c(period, computed_at)
         where r.period = c.period and r.computed_at = c.computed_at`,
        [textArray(claimed.map((c) => c.period)), textArray(claimed.map((c) => c.computed_at))],
        'run',
      );
    try {
      const { tasksFor } = await refreshCadenceTiers(em, { fromSnapshot: true });
      await refreshTasks(em, tasksFor);
    } catch (err) {
      // Left pending, free for the next round at once rather than when the lease runs out.
      await release('null');
      throw err;
    }
    await release('now()');
    followed.push(...claimed.map((c) => c.period));
  }
  return followed;
}

/** What is still to follow, for whoever watches (GraphQL `tierFollowUp`). */
export async function followUpState(em: EntityManager): Promise<FollowUpState> {
  const rows = await em.execute<{ period: string; computed_at: Date; running: boolean }[]>(
    `select period, computed_at, coalesce(cadence_lease_until > now(), false) as running
     from tier_snapshot_run where cadence_followed_at is null order by computed_at, period`,
  );
  return {
    pendingPeriods: rows.map((r) => r.period),
    pendingSince: rows[0] ? new Date(rows[0].computed_at) : null,
    running: rows.some((r) => r.running),
  };
}
