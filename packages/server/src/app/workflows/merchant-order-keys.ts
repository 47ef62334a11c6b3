import type { DerivedOrder, OrderKeySql } from '../../merchant/merchant-order.ts';

/**
 * The merchant list's derived orders, each from the feature that owns its figure: the period's
 * profit (the one the list shows), the official tier of the period, the last counting contact and
 * the lifetime value. Modules load on first use, as the other workflows do.
 */
export const merchantOrderKeys: Record<DerivedOrder, OrderKeySql> = {
  PROFIT: async (_em, period, only) => {
    const { periodProfitSql } = await import('../../settlement/profit.service.ts');
    const q = periodProfitSql(period!, only);
    return { sql: `select merchant_id, profit as key from (${q.sql}) p`, params: q.params };
  },
  // The official tiers rank the whole company; a period's snapshot is read by its key.
  TIER: async (em, period) => {
    const { assignmentSql } = await import('../../tier/tier-snapshot.service.ts');
    const q = await assignmentSql(em, period!);
    return { sql: `select merchant_id, tier as key from (${q.sql}) t`, params: q.params };
  },
  LAST_CONTACT: async (_em, _period, only) => {
    const { lastContactSql } = await import('../../interaction/last-contact.ts');
    return lastContactSql(only);
  },
  VALUE: async () => {
    const { clvKeySql } = await import('../../clv/clv-order-key.ts');
    return clvKeySql();
  },
};
