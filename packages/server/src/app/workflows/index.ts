import { supplyMerchantOrderKeys } from '../../merchant/merchant-order.ts';
import { supplyTierRanking } from '../../merchant/tier-ranking.ts';
import { onReaction } from '../../platform/events/reactions.ts';
import { merchantOrderKeys } from './merchant-order-keys.ts';

/**
 * How the features react to one another: each announces what it did (platform/events/reactions.ts)
 * and the reactions are listed here, the one place that knows both sides. Modules load on first
 * use, so a CLI command pays only for what it runs. Called when the application opens its database
 * (app/orm.ts), so the server, the CLI, the demo and the tests all run with the same wiring.
 */
let wired = false;

export function wireWorkflows(): void {
  if (wired) return;
  wired = true;
  // New or changed merchants get their re-verification and cadence tasks.
  onReaction('merchants.imported', async ({ em, merchantIds }) => {
    const { refreshTasks } = await import('../../task/tasks.service.ts');
    await refreshTasks(em, merchantIds ?? null);
  });
  // A contact moves the merchant's next due dates; in the interaction's own transaction. One that
  // confirmed the contact data also answers the re-verification: one contact, every task it covers.
  onReaction('interaction.recorded', async ({ em, merchantId, contactConfirmed }) => {
    const { refreshTasks } = await import('../../task/tasks.service.ts');
    if (contactConfirmed) {
      const { markContactsVerified } = await import('../../task/contact-verification.service.ts');
      await markContactsVerified(
        em,
        contactConfirmed.by,
        'graphql recordInteraction',
        [merchantId],
        contactConfirmed.day,
      );
    }
    await refreshTasks(em, [merchantId]);
  });
  // Points accrue in the import's transaction: a rolled-back import posts none.
  onReaction('settlements.imported', async ({ tx, through, source }) => {
    const { accrueFromDelta } = await import('../../loyalty/loyalty.service.ts');
    await accrueFromDelta(tx, through, source);
  });
  // The cadence follows the latest official tiers, and the tasks of the merchants whose cadence tier
  // moved follow it (all of them when too many moved to list). The other merchants' tasks depend only
  // on what refreshes them itself: their contacts, edits, status and the policy. The snapshot was
  // just stored from the current ranking, so the potential is judged on it. The snapshots waiting
  // for this are marked in the database: what a stopped process left, the server's round finishes.
  onReaction('tiers.snapshotted', async ({ em }) => {
    const { followTierSnapshots } = await import('../../task/snapshot-follow-up.service.ts');
    await followTierSnapshots(em);
  });
  // A merchant list filtered by tier selects from the pyramid's ranking.
  supplyTierRanking(async (em, period, where) => {
    const { rankedSql } = await import('../../tier/pyramid.service.ts');
    return rankedSql(em, period, where);
  });
  // The merchant list orders by profit, tier, last contact and value: each feature's key.
  supplyMerchantOrderKeys(merchantOrderKeys);
}
