import { describe, expect, it } from 'vitest';
import { validateSettlementRow } from './fee.ts';
import { settleDateRange } from './settlement-row.ts';

const good = {
  settle_date: '2026-10-08',
  mid: '102100058120001',
  txn_count: '42',
  txn_amount: '18234.50',
  capped_count: '3',
  capped_amount: '12000',
  merchant_fee: '98.21',
  issuer_fee: '70.11',
  network_fee: '11.85',
};

function errorsOf(patch: Record<string, string>): Record<string, string> {
  const r = validateSettlementRow({ ...good, ...patch });
  if (r.ok) return {};
  return Object.fromEntries(r.errors.map((e) => [e.column, e.message]));
}

describe('validateSettlementRow', () => {
  it('types a good row', () => {
    expect(validateSettlementRow(good)).toEqual({
      ok: true,
      row: {
        settleDate: '2026-10-08',
        mid: '102100058120001',
        txnCount: 42,
        txnAmount: 1_823_450n,
        cappedCount: 3,
        cappedAmount: 1_200_000n,
        merchantFee: 9821n,
        issuerFee: 7011n,
        networkFee: 1185n,
      },
    });
  });

  it('accepts an all-zero day and surrounding whitespace', () => {
    const zero = { txn_count: '0', txn_amount: '0', capped_count: '0', capped_amount: '0.00' };
    expect(
      validateSettlementRow({ ...good, ...zero, merchant_fee: '0', issuer_fee: '0', network_fee: '0' }).ok,
    ).toBe(true);
    expect(validateSettlementRow({ ...good, mid: ' 102100058120001 ' }).ok).toBe(true);
  });

  it.each([
    [{ settle_date: '2026-02-29' }, 'settle_date', /not a YYYY-MM-DD date/],
    [{ settle_date: '2026/10/08' }, 'settle_date', /not a YYYY-MM-DD date/],
    [{ mid: '1021000581200' }, 'mid', /15 digits/],
    [{ txn_count: '-1' }, 'txn_count', /non-negative integer/],
    [{ txn_count: '4.5' }, 'txn_count', /non-negative integer/],
    [{ txn_count: '' }, 'txn_count', /empty/],
    [{ txn_count: '2147483648' }, 'txn_count', /too large/],
    [{ txn_amount: '18234.505' }, 'txn_amount', /2 decimals/],
    [{ txn_amount: 'abc' }, 'txn_amount', /not a yuan amount/],
    [{ merchant_fee: '-1.00' }, 'merchant_fee', /negative/],
    [{ capped_count: '50' }, 'capped_count', /^capped_count 50 exceeds txn_count 42$/],
    [{ capped_amount: '20000' }, 'capped_amount', /capped_amount 20000.00 exceeds txn_amount 18234.50/],
    [{ merchant_fee: '20000' }, 'merchant_fee', /exceeds txn_amount/],
    [
      { issuer_fee: '18230', network_fee: '10' },
      'issuer_fee',
      /issuer_fee 18230.00 \+ network_fee 10.00 exceeds/,
    ],
    [{ capped_count: '0' }, 'capped_count', /capped_count is 0 but capped_amount is 12000.00/],
  ])('%j → error on %s', (patch, column, msg) => {
    const errors = errorsOf(patch);
    expect(Object.keys(errors)).toEqual([column]);
    expect(errors[column]).toMatch(msg);
  });

  it('rejects an amount without a count', () => {
    const errors = errorsOf({ txn_count: '0', capped_count: '0', capped_amount: '0' });
    expect(errors).toEqual({ txn_count: 'txn_count is 0 but txn_amount is 18234.50' });
  });

  it('reports one error per bad cell, not cascades', () => {
    const r = validateSettlementRow({ ...good, txn_count: 'x', txn_amount: 'y' });
    expect(r.ok ? [] : r.errors.map((e) => e.column)).toEqual(['txn_count', 'txn_amount']);
  });

  it('treats missing columns as empty', () => {
    const r = validateSettlementRow({});
    expect(r.ok ? [] : r.errors.map((e) => e.column)).toEqual([
      'settle_date',
      'mid',
      'txn_count',
      'txn_amount',
      'capped_count',
      'capped_amount',
      'merchant_fee',
      'issuer_fee',
      'network_fee',
    ]);
  });
});

describe('settle dates and quoting', () => {
  const dates = settleDateRange('2026-12-06', { daysAhead: 0, daysBack: 3660 });

  it('takes the window from the business day', () => {
    expect(dates).toEqual({ from: '2016-11-28', to: '2026-12-06' });
    expect(settleDateRange('2026-12-06', { daysAhead: 2, daysBack: 0 })).toEqual({
      from: '2026-12-06',
      to: '2026-12-08',
    });
  });

  it('accepts the window’s edges and refuses a day past them, naming the window', () => {
    for (const d of ['2016-11-28', '2026-12-06'])
      expect(validateSettlementRow({ ...good, settle_date: d }, dates).ok, d).toBe(true);
    for (const d of ['2099-12-31', '2026-12-07', '2016-11-27']) {
      const r = validateSettlementRow({ ...good, settle_date: d }, dates);
      expect(r.ok ? [] : r.errors, d).toEqual([
        {
          column: 'settle_date',
          code: 'import.settleDateWindow',
          params: { date: d, from: '2016-11-28', to: '2026-12-06' },
          message: `settle_date ${d} is outside the accepted window 2016-11-28..2026-12-06`,
        },
      ]);
    }
    // Without a window (the web's preview of a file) any real date passes.
    expect(validateSettlementRow({ ...good, settle_date: '2099-12-31' }).ok).toBe(true);
  });

  it('quotes at most 40 characters of a cell', () => {
    const long = '9'.repeat(100_000);
    const messages = Object.values(
      errorsOf({
        settle_date: long,
        mid: long,
        txn_count: long,
        txn_amount: long,
        merchant_fee: `${long}.001`,
      }),
    );
    expect(messages).toHaveLength(5);
    for (const m of messages) {
      expect(m.length, m).toBeLessThan(120);
      expect(m).toContain(`${'9'.repeat(40)}…`);
    }
    expect(errorsOf({ mid: '8986\u0000' }).mid).toBe('mid "8986\\u0000" is not 15 digits');
  });
});
