import type { MerchantFilter } from '../../gql/graphql.ts';

/**
 * The server's export of the list's current filter: GET /api/exports/merchants.{csv|xlsx}?…, the
 * same filter as the `merchants` query; the session cookie authenticates it and the server audits it.
 */
export function merchantExportUrl(format: 'csv' | 'xlsx', filter: MerchantFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (typeof v === 'string' && v) q.set(k, v);
  const s = q.toString();
  return `/api/exports/merchants.${format}${s ? `?${s}` : ''}`;
}
