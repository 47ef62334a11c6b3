import type { WebhookEvent } from '../../gql/graphql.ts';

// The webhooks page's data shaping, apart from its components (tested alone).

/** Every event a subscription can take, in the schema's order of the enum's descriptions. */
export const WEBHOOK_EVENT_CHOICES: readonly WebhookEvent[] = [
  'MERCHANT_TIER_CHANGED',
  'MERCHANT_STATUS_CHANGED',
  'MERCHANT_MANAGER_CHANGED',
  'COMPLAINT_SLA_BREACHED',
  'POINTS_POSTED',
  'IMPORT_FINISHED',
];

/** The event's name on the wire and in a subscription (`MERCHANT_TIER_CHANGED` → `merchant.tier_changed`). */
export const eventName = (e: WebhookEvent) => e.toLowerCase().replace('_', '.');

/**
 * Why a receiver URL cannot be sent, or null: the server takes http(s) only (and checks the
 * address it names itself — this host and link-local addresses are refused there).
 */
export function urlProblem(url: string): 'required' | 'invalid' | null {
  const s = url.trim();
  if (!s) return 'required';
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** A delivery may be sent again once it is no longer simply waiting: delivered, given up, or failing. */
export const replayable = (d: { status: string; lastError?: string | null }) =>
  d.status !== 'pending' || d.lastError != null;
