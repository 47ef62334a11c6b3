// The SQL twins of the shared row rules (@cornerstone/shared/settlement/fee), the one SQL copy of
// each: every statement that computes them over settlement rows, or over sums of them, takes its
// text from here. test/rules-settlement-row.test.ts holds them equal to the shared functions on
// the same rows.

/** Column `c` of relation `alias` (bare when no alias is given). */
const col = (alias: string | undefined, c: string) => (alias ? `${alias}.${c}` : c);

/** SQL of shared `rowProfit` (利润贡献): merchant fee − issuer fee − network fee. */
export function rowProfitSql(alias?: string): string {
  return `(${col(alias, 'merchant_fee')} - ${col(alias, 'issuer_fee')} - ${col(alias, 'network_fee')})`;
}

/** SQL of shared `nonCappedAmount`: txn amount − capped amount, what the points threshold counts. */
export function nonCappedAmountSql(alias?: string): string {
  return `(${col(alias, 'txn_amount')} - ${col(alias, 'capped_amount')})`;
}
