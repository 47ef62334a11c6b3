// The webhook outbox's SQL, apart from the delivery service: bulk paths (imports, the CLI without
// the ORM) emit events without loading the rest.
import type { EntityManager } from '@mikro-orm/postgresql';

export const WEBHOOK_EVENTS = [
  'merchant.tier_changed',
  'merchant.status_changed',
  'merchant.manager_changed',
  'complaint.sla_breached',
  'points.posted',
  'import.finished',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * SQL that writes events to the outbox — in the caller's transaction — with one delivery per
 * active subscription to the event. `select` yields a `payload` jsonb column, with its own
 * placeholders in the caller's style (`?` for the ORM, `$1` for bulk transactions). `ctes`: common
 * table expressions the select may read (a data-modifying one emits for the rows it wrote).
 */
export function emitSql(event: WebhookEvent, select: string, ctes?: string): string {
  return `with ${ctes ? `${ctes}, ` : ''}e as (insert into outbox_event (event, payload) select '${event}', payload from (${select}) p returning id, event)
    insert into webhook_delivery (subscription_id, event_id)
    select s.id, e.id from e join webhook_subscription s on s.active and e.event = any(s.events)`;
}

/** Emits events with payloads built in JavaScript (no personal data in them). */
export async function emitEvents(em: EntityManager, event: WebhookEvent, payloads: object[]): Promise<void> {
  if (!payloads.length) return;
  await em.execute(emitSql(event, 'select value as payload from jsonb_array_elements(?::jsonb)'), [
    JSON.stringify(payloads),
  ]);
}
