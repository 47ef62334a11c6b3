import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppUser } from '../user.entity.ts';
import { audit } from './audit.service.ts';

/** One `denied` row per address per minute for refused API tokens. */
const BURST_MS = 60_000;
/** Addresses tracked at once; past this, every further address shares one burst. */
const MAX_ADDRESSES = 10_000;

interface Burst {
  until: number;
  /** Refused uses in this burst not written as rows of their own. */
  suppressed: number;
}

const bursts = new Map<string, Burst>();

/** The burst an attempt from `address` belongs to: a new one when none is running. */
function burstOf(address: string, now: number): { burst: Burst; fresh: boolean; carried: number } {
  const running = bursts.get(address);
  if (running && running.until > now) return { burst: running, fresh: false, carried: 0 };
  if (!running && bursts.size >= MAX_ADDRESSES) {
    for (const [k, b] of bursts) if (b.until <= now) bursts.delete(k);
    if (bursts.size >= MAX_ADDRESSES) return burstOf('*', now);
  }
  const burst = { until: now + BURST_MS, suppressed: 0 };
  bursts.set(address, burst);
  return { burst, fresh: true, carried: running?.suppressed ?? 0 };
}

/**
 * An integrator's token on record. A refused token (unknown, expired, revoked) writes one `denied`
 * row per address per minute, not one per request: a flood of bogus tokens would otherwise be a
 * cheap way to flood the audit log. Keyed by address, not token, since a flood can vary the token
 * freely. The row of the next burst from that address carries how many refused uses the previous
 * one left unwritten (`detail.suppressedBefore`). Counted per process: each server process may
 * write its own row. A valid token's uses are all kept, as before: they are signed-in actions of a
 * known integrator (the trail is the point of the log), at a rate the integrator answers for.
 */
export async function auditApiTokenUse(
  em: EntityManager,
  user: AppUser | null,
  request: { ip: string | null; requestId: string },
): Promise<void> {
  const base = { action: 'api_token', ip: request.ip, requestId: request.requestId };
  if (user) {
    await audit(em, {
      ...base,
      actor: user.login,
      role: user.role,
      target: `api_token:${user.login.slice(4)}`,
      outcome: 'ok',
    });
    return;
  }
  const { burst, fresh, carried } = burstOf(request.ip ?? 'unknown', Date.now());
  if (!fresh) {
    burst.suppressed++;
    return;
  }
  await audit(em, {
    ...base,
    actor: null,
    target: null,
    outcome: 'denied',
    detail: {
      reason: 'unknown, expired or revoked token',
      burstSeconds: BURST_MS / 1000,
      ...(carried ? { suppressedBefore: carried } : {}),
    },
  });
}
