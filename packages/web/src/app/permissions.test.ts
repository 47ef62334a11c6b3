import { describe, expect, it } from 'vitest';
import { canDo, canUse, homeOf } from './permissions.ts';

describe('screens by role', () => {
  it('shows the pyramid to managers and analysts only', () => {
    expect(['admin', 'branch_manager', 'analyst'].every((r) => canUse(r, 'pyramid'))).toBe(true);
    expect(canUse('account_manager', 'pyramid')).toBe(false);
    expect(canUse('operations', 'pyramid')).toBe(false);
  });
  it('shows My work to account managers and their managers', () => {
    expect(['account_manager', 'branch_manager', 'admin'].every((r) => canUse(r, 'work'))).toBe(true);
    expect(canUse('analyst', 'work')).toBe(false);
    expect(canUse('operations', 'work')).toBe(false);
  });
  it('lets branch managers and administrators run greeting campaigns', () => {
    expect(canUse('branch_manager', 'campaigns')).toBe(true);
    expect(canUse('admin', 'campaigns')).toBe(true);
    expect(['account_manager', 'analyst', 'operations'].some((r) => canUse(r, 'campaigns'))).toBe(false);
  });
  it('lets every role but the analyst record interactions', () => {
    expect(
      ['admin', 'branch_manager', 'account_manager', 'operations'].every((r) =>
        canDo(r, 'recordInteraction'),
      ),
    ).toBe(true);
    expect(canDo('analyst', 'recordInteraction')).toBe(false);
  });
  it('shows the merchant list to everyone and sends each role home', () => {
    expect(canUse('account_manager', 'merchants')).toBe(true);
    expect(homeOf('analyst')).toBe('/pyramid');
    expect(homeOf('branch_manager')).toBe('/pyramid');
    expect(homeOf('account_manager')).toBe('/work');
    expect(homeOf('operations')).toBe('/merchants');
  });
});
