import type { EntityManager } from '@mikro-orm/postgresql';
import type { BulkTx } from '../db/bulk.ts';
import { logger } from '../logger.ts';

/**
 * What one feature does that others react to, in this process. A feature announces the fact; the
 * reactions (tasks that follow an import, points that follow settlements) are wired once, in
 * app/workflows/, so no feature calls a feature of a layer above or beside it. A reaction runs in
 * the announcer's transaction when it is given one: a rolled-back import posts no points.
 */
export interface Reactions {
  /**
   * Merchant master data changed: by an import (which merchants, not known: no ids) or by a
   * create or edit in the app (those merchants), inside `em`'s transaction.
   */
  'merchants.imported': { em: EntityManager; merchantIds?: readonly number[] | undefined };
  /**
   * An interaction was recorded (or corrected) for a merchant, inside `em`'s transaction; when the
   * contact also confirmed the merchant's contact data, who did and on which day.
   */
  'interaction.recorded': {
    em: EntityManager;
    merchantId: number;
    contactConfirmed?: { by: string; day: string } | undefined;
  };
  /** Settlement rows were stored by an import, inside `tx`; `through` is the last settle date. */
  'settlements.imported': { tx: BulkTx; through: string; source: string };
  /**
   * A tier snapshot was stored and committed: every merchant's tier may have changed. Its run row
   * says the cadence has yet to follow it (`cadence_followed_at` null) until a reaction does.
   */
  'tiers.snapshotted': { em: EntityManager };
}

type Handler<K extends keyof Reactions> = (event: Reactions[K]) => Promise<void>;

const handlers: { [K in keyof Reactions]?: Handler<K>[] } = {};

/** Adds a reaction; app/workflows/ is the one place that calls it. */
export function onReaction<K extends keyof Reactions>(name: K, handler: Handler<K>): void {
  const list: Handler<K>[] = handlers[name] ?? [];
  if (!list.includes(handler)) list.push(handler);
  handlers[name] = list as (typeof handlers)[K];
}

/** Announces a fact: runs its reactions in order; a failing reaction fails the announcer. */
export async function react<K extends keyof Reactions>(name: K, event: Reactions[K]): Promise<void> {
  for (const handler of (handlers[name] ?? []) as Handler<K>[]) await handler(event);
}

/** Reactions still running behind their announcer in this process. */
const behind = new Set<Promise<void>>();

/**
 * Announces a fact whose reactions need not hold up the announcer: they start now and run after it
 * has answered. A failure is logged, not thrown, so such a reaction must be able to resume from
 * what the database says is left (as the snapshot's follow-up does, app/workflows/).
 */
export function reactBehind<K extends keyof Reactions>(name: K, event: Reactions[K]): void {
  const run: Promise<void> = react(name, event)
    .catch((err: unknown) => logger.error({ err, reaction: name }, 'reaction failed; it resumes later'))
    .finally(() => behind.delete(run));
  behind.add(run);
}

/** Waits for the reactions started by `reactBehind` (tests, and a process about to close). */
export async function reactionsSettled(): Promise<void> {
  while (behind.size) await Promise.all([...behind]);
}
