import { addDays } from '@cornerstone/shared/period/period';
import type { AuditFilter } from '../../gql/graphql.ts';

// The audit log page's filter as the URL carries it, the query's filter and the export's address
// from it, and an entry's detail in words. Pure, so tested alone.

/** The URL parameters of the page's filter; `from` and `to` are days (YYYY-MM-DD, China time). */
export const AUDIT_URL_KEYS = ['actor', 'action', 'target', 'outcome', 'from', 'to'] as const;
export type AuditUrlState = Partial<Record<(typeof AUDIT_URL_KEYS)[number], string>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The start of a day in China time as an instant: the log is read in the acquirer's day. */
const chinaMidnight = (day: string) => `${day}T00:00:00+08:00`;

/**
 * The `auditLog` filter of the URL's state: the days inclusive (`to` becomes the next day's start,
 * since the server's `to` is exclusive); a day that is not one is left out rather than sent.
 */
export function auditFilterOf(state: AuditUrlState): AuditFilter {
  const filter: AuditFilter = {};
  if (state.actor) filter.actor = state.actor;
  if (state.action) filter.action = state.action;
  if (state.target) filter.target = state.target;
  if (state.outcome) filter.outcome = state.outcome;
  if (state.from && DAY.test(state.from)) filter.from = chinaMidnight(state.from);
  if (state.to && DAY.test(state.to)) filter.to = chinaMidnight(addDays(state.to, 1));
  return filter;
}

/**
 * The server's export of the filtered log: GET /api/exports/audit-log.{csv|xlsx}?…, the same filter
 * as the page's query; the session cookie authenticates it and the server audits it.
 */
export function auditExportUrl(format: 'csv' | 'xlsx', filter: AuditFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (typeof v === 'string' && v) q.set(k, v);
  const s = q.toString();
  return `/api/exports/audit-log.${format}${s ? `?${s}` : ''}`;
}

/**
 * An entry's detail (JSON, never personal data) as `label: value` parts: the move's
 * `{"by":"filter","moved":12,"unchanged":0}` reads "by: filter · moved: 12 · unchanged: 0" with the
 * labels (and words such as `filter`, through `word`) in the reader's language. Lists are joined, nested objects shown as JSON; a detail that is
 * not JSON is shown as it is.
 */
export function detailParts(
  detail: string | null,
  label: (key: string) => string,
  word: (key: string, value: string) => string = (_k, v) => v,
): string[] {
  if (!detail) return [];
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return [detail];
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [String(detail)];
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => {
    const shown = Array.isArray(v)
      ? v.join(', ')
      : v && typeof v === 'object'
        ? JSON.stringify(v)
        : word(k, String(v));
    return `${label(k)}: ${shown}`;
  });
}
