import { describe, expect, it } from 'vitest';
import { canUse, homeOf } from './permissions.ts';

describe('screens by role', () => {
  it('shows the pyramid to managers and analysts only', () => {
    expect(['admin', 'branch_manager', 'analyst'].every((r) => canUse(r, 'pyramid'))).toBe(true);
    expect(canUse('account_manager', 'pyramid')).toBe(false);
    expect(canUse('operations', 'pyramid')).toBe(false);
  });
  it('shows the merchant list to everyone and sends each role home', () => {
    expect(canUse('account_manager', 'merchants')).toBe(true);
    expect(homeOf('analyst')).toBe('/pyramid');
    expect(homeOf('account_manager')).toBe('/merchants');
  });
});
