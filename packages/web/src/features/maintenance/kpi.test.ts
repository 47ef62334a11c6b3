import { describe, expect, it } from 'vitest';
import { kpiScope, summarizeKpis } from './kpi.ts';

const row = (key: string, keyCustomers: number, keyOnCadence: number) => ({
  key,
  name: key,
  visits: 2,
  calls: 3,
  otherContacts: 1,
  keyCustomers,
  keyOnCadence,
  overdueTasks: 4,
});

describe('My work KPIs', () => {
  it('picks one row by key, with the on-cadence share of key customers', () => {
    const rows = [row('am_xian_1', 4, 3), row('am_xian_2', 0, 0)];
    expect(summarizeKpis(rows, 'am_xian_1')).toEqual({
      visits: 2,
      calls: 3,
      otherContacts: 1,
      keyCustomers: 4,
      keyOnCadence: 3,
      keyOnCadenceShare: 0.75,
      overdueTasks: 4,
    });
    expect(summarizeKpis(rows, 'am_xian_2')?.keyOnCadenceShare).toBeNull();
    expect(summarizeKpis(rows, 'nobody')).toBeNull();
  });
  it('sums every row when no key is given', () => {
    const all = summarizeKpis([row('a', 4, 3), row('b', 4, 1)], null);
    expect(all).toMatchObject({ visits: 4, calls: 6, overdueTasks: 8, keyOnCadenceShare: 0.5 });
  });
  it('scopes to the signed-in account manager, a chosen manager, or the branch', () => {
    const am = { login: 'am_xian_1', role: 'account_manager', branch: '西安分公司' };
    const bm = { login: 'bm_xian', role: 'branch_manager', branch: '西安分公司' };
    const admin = { login: 'admin', role: 'admin', branch: null };
    expect(kpiScope(am, { manager: 'am_xian_2' })).toEqual({ by: 'MANAGER', key: 'am_xian_1' });
    expect(kpiScope(bm, { manager: 'am_xian_2' })).toEqual({ by: 'MANAGER', key: 'am_xian_2' });
    expect(kpiScope(bm, {})).toEqual({ by: 'BRANCH', key: '西安分公司' });
    expect(kpiScope(admin, {})).toEqual({ by: 'BRANCH', key: null });
    expect(kpiScope(admin, { branch: '宝鸡分公司' })).toEqual({ by: 'BRANCH', key: '宝鸡分公司' });
  });
});
