import { describe, expect, it } from 'vitest';
import { SETTLEMENT_COLUMNS } from '../settlement/settlement-row.ts';
import { cell, missingColumns } from './csv-row.ts';

describe('csv-row helpers', () => {
  it('reads trimmed cells, absent as empty', () => {
    expect(cell({ a: ' x ' }, 'a')).toBe('x');
    expect(cell({}, 'a')).toBe('');
  });

  it('finds missing header columns, ignoring a BOM', () => {
    const header = ['\uFEFFsettle_date', 'mid', 'txn_count', 'txn_amount', 'capped_count', 'capped_amount'];
    expect(missingColumns(header, SETTLEMENT_COLUMNS)).toEqual(['merchant_fee', 'issuer_fee', 'network_fee']);
  });
});
