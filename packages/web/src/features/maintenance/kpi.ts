import { onCadenceShare } from '@cornerstone/shared/maintenance/maintenance-kpi';

export interface KpiLike {
  key: string;
  name: string;
  visits: number;
  calls: number;
  otherContacts: number;
  keyCustomers: number;
  keyOnCadence: number;
  overdueTasks: number;
}

export interface KpiSummary {
  visits: number;
  calls: number;
  otherContacts: number;
  keyCustomers: number;
  keyOnCadence: number;
  /** On-cadence share of key customers 0..1; null without key customers. */
  keyOnCadenceShare: number | null;
  overdueTasks: number;
}

/**
 * The KPIs of one manager or branch (`key`), or the sum over every row when `key` is absent (an
 * administrator's whole company). Null when the period has no row for the key.
 */
export function summarizeKpis(rows: readonly KpiLike[], key: string | null | undefined): KpiSummary | null {
  const picked = key ? rows.filter((r) => r.key === key) : rows;
  if (picked.length === 0) return null;
  const sum = (f: (r: KpiLike) => number) => picked.reduce((a, r) => a + f(r), 0);
  const keyCustomers = sum((r) => r.keyCustomers);
  const keyOnCadence = sum((r) => r.keyOnCadence);
  return {
    visits: sum((r) => r.visits),
    calls: sum((r) => r.calls),
    otherContacts: sum((r) => r.otherContacts),
    keyCustomers,
    keyOnCadence,
    keyOnCadenceShare: onCadenceShare(keyOnCadence, keyCustomers),
    overdueTasks: sum((r) => r.overdueTasks),
  };
}

/** Which KPI row a My work view shows: the chosen (or signed-in) manager, else the branch, else all. */
export function kpiScope(
  user: { login: string; role: string; branch?: string | null | undefined },
  filter: { manager?: string | undefined; branch?: string | undefined },
): { by: 'MANAGER' | 'BRANCH'; key: string | null } {
  if (user.role === 'account_manager') return { by: 'MANAGER', key: user.login };
  if (filter.manager) return { by: 'MANAGER', key: filter.manager };
  const branch = filter.branch ?? user.branch ?? null;
  return { by: 'BRANCH', key: branch };
}
