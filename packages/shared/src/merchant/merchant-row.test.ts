import { describe, expect, it } from 'vitest';
import { isValidMobile, tradingNameProblems, validateMerchantRow } from './merchant-row.ts';

const good = {
  mid: '102100058120001',
  name: '  老王川菜馆 ',
  mcc: '5812',
  category: '餐娱类',
  fee_plan: 'rate',
  rate: '0.0125',
  cap: '',
  branch: '成都分公司',
  manager: 'wangli',
  onboarded_on: '2024-03-15',
  contact_name: '王建国',
  contact_mobile: '13812345678',
};

function errorsOf(patch: Record<string, string>): Record<string, string> {
  const r = validateMerchantRow({ ...good, ...patch });
  if (r.ok) return {};
  return Object.fromEntries(r.errors.map((e) => [e.column, e.message]));
}

describe('validateMerchantRow', () => {
  it('types a good row', () => {
    expect(validateMerchantRow(good)).toEqual({
      ok: true,
      row: {
        mid: '102100058120001',
        name: '老王川菜馆',
        mcc: '5812',
        category: 'dining',
        feePlan: 'rate',
        rate: 12500n,
        cap: null,
        branch: '成都分公司',
        manager: 'wangli',
        onboardedOn: '2024-03-15',
        contactName: '王建国',
        contactMobile: '13812345678',
      },
    });
  });

  it('types a capped wholesale row with English codes and no contact', () => {
    const r = validateMerchantRow({
      ...good,
      mcc: '5045',
      category: 'wholesale',
      fee_plan: 'capped',
      rate: '0.0078',
      cap: '26',
      contact_name: '',
      contact_mobile: '',
    });
    expect(r.ok && r.row).toMatchObject({
      category: 'wholesale',
      feePlan: 'capped',
      cap: 2600n,
      contactName: null,
    });
  });

  it.each([
    [{ mid: '12345' }, 'mid', /15 digits/],
    [{ mid: '' }, 'mid', /empty/],
    [{ name: '' }, 'name', /empty/],
    [{ name: '店'.repeat(101) }, 'name', /100/],
    [{ category: '其他' }, 'category', /unknown category "其他"/],
    [{ mcc: '581' }, 'mcc', /4 digits/],
    [{ mcc: '5411' }, 'mcc', /5411 belongs to livelihood, not dining/],
    [{ fee_plan: 'flat' }, 'fee_plan', /rate or capped/],
    [{ rate: '1.25%' }, 'rate', /decimal fraction/],
    [{ rate: '0.06' }, 'rate', /0.05/],
    [{ cap: '26' }, 'cap', /no cap/],
    [{ fee_plan: 'capped' }, 'cap', /needs a cap/],
    [{ fee_plan: 'capped', cap: '26.001' }, 'cap', /2 decimals/],
    [{ branch: ' ' }, 'branch', /empty/],
    [{ manager: '' }, 'manager', /empty/],
    [{ onboarded_on: '2024-02-30' }, 'onboarded_on', /YYYY-MM-DD/],
    [{ contact_mobile: '12812345678' }, 'contact_mobile', /mainland mobile/],
  ])('%j → error on %s', (patch, column, msg) => {
    const errors = errorsOf(patch);
    expect(Object.keys(errors)).toEqual([column]);
    expect(errors[column]).toMatch(msg);
  });

  it('reports every bad column at once, and missing columns as empty', () => {
    const r = validateMerchantRow({ mid: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.column)).toEqual([
        'mid',
        'name',
        'category',
        'mcc',
        'fee_plan',
        'rate',
        'branch',
        'manager',
        'onboarded_on',
      ]);
    }
  });

  it('keeps the mobile number out of error messages', () => {
    expect(errorsOf({ contact_mobile: '1381234567' }).contact_mobile).not.toContain('1381234567');
  });
});

describe('isValidMobile', () => {
  it('accepts 1[3-9] + 9 digits', () => {
    expect(isValidMobile('19912345678')).toBe(true);
    expect(isValidMobile('11912345678')).toBe(false);
    expect(isValidMobile('1381234567')).toBe(false);
    expect(isValidMobile('+8613812345678')).toBe(false);
  });
});

describe('hostile cells', () => {
  it('refuses control characters in names, branches, logins and contacts, naming the column', () => {
    expect(errorsOf({ name: '老王\u0000川菜馆' })).toEqual({
      name: 'name contains a control character (U+0000)',
    });
    expect(errorsOf({ branch: '成都\u0007分公司' })).toEqual({
      branch: 'branch contains a control character (U+0007)',
    });
    expect(errorsOf({ manager: 'wang\nli' })).toEqual({
      manager: 'manager contains a control character (U+000A)',
    });
    expect(errorsOf({ contact_name: '王\u001b建国' })).toEqual({
      contact_name: 'contact_name contains a control character (U+001B)',
    });
  });

  it('quotes at most 40 characters of a cell, and measures a long name without copying it', () => {
    const long = 'x'.repeat(1_000_000);
    const errors = errorsOf({
      mid: long,
      category: long,
      mcc: long,
      fee_plan: long,
      rate: long,
      cap: long,
      onboarded_on: long,
    });
    for (const [column, m] of Object.entries(errors)) {
      expect(m.length, column).toBeLessThan(120);
      expect(m, column).not.toContain('x'.repeat(41));
    }
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['mid', 'category', 'mcc', 'fee_plan', 'rate', 'cap', 'onboarded_on']),
    );
    expect(errorsOf({ name: long })).toEqual({ name: 'name is longer than 100 characters' });
    // 100 characters of two UTF-16 units each are 100 characters.
    expect(validateMerchantRow({ ...good, name: '𠀋'.repeat(100) }).ok).toBe(true);
    expect(errorsOf({ name: '𠀋'.repeat(101) })).toEqual({ name: 'name is longer than 100 characters' });
  });

  it('holds a trading name (not a CSV column) to the name’s rules: one line, at most 100 characters', () => {
    expect(tradingNameProblems('')).toEqual([]);
    expect(tradingNameProblems(' 老王川菜 ')).toEqual([]);
    expect(tradingNameProblems('𠀋'.repeat(100))).toEqual([]);
    expect(tradingNameProblems('𠀋'.repeat(101)).map((e) => `${e.column}:${e.code}`)).toEqual([
      'trading_name:text.tooLong',
    ]);
    expect(tradingNameProblems('老王\n川菜').map((e) => `${e.column}:${e.code}`)).toEqual([
      'trading_name:import.controlChar',
    ]);
  });
});
