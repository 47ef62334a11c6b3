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
    expect(homeOf('operations')).toBe('/faults');
  });
  it('keeps complaints from operations staff and lets analysts only read them', () => {
    expect(
      ['admin', 'branch_manager', 'account_manager', 'analyst'].every((r) => canUse(r, 'complaints')),
    ).toBe(true);
    expect(canUse('operations', 'complaints')).toBe(false);
    expect(canDo('analyst', 'handleComplaint')).toBe(false);
    expect(canDo('account_manager', 'handleComplaint')).toBe(true);
    expect(canDo('account_manager', 'assignComplaint')).toBe(false);
    expect(['admin', 'branch_manager'].every((r) => canDo(r, 'assignComplaint'))).toBe(true);
  });
  it('lets operations work fault tickets and account managers only follow and report them', () => {
    expect(
      ['operations', 'branch_manager', 'admin', 'account_manager'].every((r) => canUse(r, 'faults')),
    ).toBe(true);
    expect(canUse('analyst', 'faults')).toBe(false);
    expect(['operations', 'branch_manager', 'admin'].every((r) => canDo(r, 'workFaultTicket'))).toBe(true);
    expect(canDo('account_manager', 'workFaultTicket')).toBe(false);
    expect(canDo('account_manager', 'reportFault')).toBe(true);
    expect(canDo('analyst', 'reportFault')).toBe(false);
  });
  it('reveals contacts only to the roles the server allows', () => {
    expect(['admin', 'branch_manager', 'account_manager'].every((r) => canDo(r, 'revealContact'))).toBe(true);
    expect(canDo('analyst', 'revealContact')).toBe(false);
    expect(canDo('operations', 'revealContact')).toBe(false);
    expect(canDo('analyst', 'redeemPoints')).toBe(false);
  });
  it('opens imports by the kind each role may load', () => {
    expect(canUse('branch_manager', 'imports')).toBe(true);
    expect(canDo('branch_manager', 'importMerchants')).toBe(true);
    expect(canDo('branch_manager', 'importSettlements')).toBe(false);
    expect(canDo('operations', 'importSettlements')).toBe(true);
    expect(canDo('operations', 'importMerchants')).toBe(false);
    expect(['account_manager', 'analyst'].some((r) => canUse(r, 'imports'))).toBe(false);
  });
  it('lets the roles that sell record product offers, never analysts or operations', () => {
    expect(['admin', 'branch_manager', 'account_manager'].every((r) => canDo(r, 'recordOffer'))).toBe(true);
    expect(canDo('analyst', 'recordOffer')).toBe(false);
    expect(canDo('operations', 'recordOffer')).toBe(false);
  });
  it('shows the at-risk list to the relationship roles and the back-test to those who read model checks', () => {
    expect(['admin', 'branch_manager', 'account_manager', 'analyst'].every((r) => canUse(r, 'atRisk'))).toBe(
      true,
    );
    expect(canUse('operations', 'atRisk')).toBe(false);
    expect(['admin', 'branch_manager', 'analyst'].every((r) => canDo(r, 'readModelChecks'))).toBe(true);
    expect(canDo('account_manager', 'readModelChecks')).toBe(false);
  });
  it('shows customer events to organisers and analysts; only organisers create and invite', () => {
    expect(['admin', 'branch_manager', 'analyst'].every((r) => canUse(r, 'events'))).toBe(true);
    expect(canUse('account_manager', 'events')).toBe(false);
    expect(canUse('operations', 'events')).toBe(false);
    expect(['admin', 'branch_manager'].every((r) => canDo(r, 'organiseEvent'))).toBe(true);
    expect(canDo('analyst', 'organiseEvent')).toBe(false);
    expect(canDo('account_manager', 'organiseEvent')).toBe(false);
  });
});
