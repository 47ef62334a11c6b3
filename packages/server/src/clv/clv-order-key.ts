/**
 * SQL `(merchant_id, key)`: each merchant's lifetime value from the latest estimate (one row per
 * merchant, replaced by each run), as Merchant.clv shows it; merchants not estimated have no row.
 */
export const clvKeySql = () => ({
  sql: 'select merchant_id, clv as key from merchant_clv',
  params: [] as unknown[],
});
