import { describe, expect, it } from 'vitest';
import { isValidMcc, isValidMid, statusFromActivity, validateFeePlan } from './merchant-rules.ts';

describe('identifiers', () => {
  it('accepts exactly 15 ASCII digits as a MID', () => {
    expect(isValidMid('102100058120001')).toBe(true);
    expect(isValidMid('10210005812000')).toBe(false);
    expect(isValidMid('1021000581200011')).toBe(false);
    expect(isValidMid('10210005812000a')).toBe(false);
    expect(isValidMid('１０２１０００５８１２０００１')).toBe(false); // full-width digits
    expect(isValidMid(' 102100058120001')).toBe(false);
  });

  it('accepts exactly 4 digits as an MCC', () => {
    expect(isValidMcc('5812')).toBe(true);
    expect(isValidMcc('581')).toBe(false);
    expect(isValidMcc('58a2')).toBe(false);
  });
});

describe('validateFeePlan', () => {
  it('accepts good plans', () => {
    expect(validateFeePlan('rate', 7800n, null)).toBeNull();
    expect(validateFeePlan('capped', 7800n, 2600n)).toBeNull();
    expect(validateFeePlan('rate', 50000n, null)).toBeNull();
  });

  it.each([
    ['rate', 0n, null, /above 0/],
    ['rate', 50001n, null, /0.05/],
    ['rate', 7800n, 2600n, /no cap/],
    ['capped', 7800n, null, /needs a cap/],
    ['capped', 7800n, 0n, /needs a cap/],
    ['capped', -1n, 2600n, /above 0/],
  ] as const)('rejects %s %s cap %s', (kind, rate, cap, msg) => {
    expect(validateFeePlan(kind, rate, cap)).toMatch(msg);
  });
});

describe('statusFromActivity', () => {
  const today = '2026-04-30';
  it('follows days since the last transaction', () => {
    expect(statusFromActivity('2026-04-29', today, 'active')).toBe('active');
    expect(statusFromActivity('2026-04-01', today, 'active')).toBe('active'); // 29 days
    expect(statusFromActivity('2026-03-31', today, 'active')).toBe('dormant'); // 30 days
    expect(statusFromActivity('2026-01-31', today, 'dormant')).toBe('dormant'); // 89 days
    expect(statusFromActivity('2026-01-30', today, 'dormant')).toBe('churned'); // 90 days
  });

  it('reactivates on a new transaction, but never a terminated merchant', () => {
    expect(statusFromActivity('2026-04-30', today, 'churned')).toBe('active');
    expect(statusFromActivity('2026-04-30', today, 'onboarding')).toBe('active');
    expect(statusFromActivity('2026-04-30', today, 'terminated')).toBe('terminated');
  });

  it('keeps the status of a merchant with no transaction yet', () => {
    expect(statusFromActivity(null, today, 'onboarding')).toBe('onboarding');
  });

  it('takes a custom rule', () => {
    expect(statusFromActivity('2026-04-20', today, 'active', { dormantDays: 7, churnDays: 60 })).toBe(
      'dormant',
    );
  });
});
