import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MERCHANT_COLUMNS, validateMerchantRow } from '../merchant/merchant-row.ts';
import { MoneyFormatError, parseRate, parseYuan, RateFormatError } from '../money/money.ts';
import { problemText } from '../problems.ts';
import { SETTLEMENT_COLUMNS, validateSettlementRow } from '../settlement/settlement-row.ts';
import { chineseName, resolveHeader } from './column-names.ts';
import { IMPORT_PROBLEMS, parseProblem } from './import-problems.ts';

const refusal = (parse: () => unknown) => {
  try {
    parse();
  } catch (e) {
    if (e instanceof MoneyFormatError || e instanceof RateFormatError) return e;
    throw e;
  }
  throw new Error('parsed');
};

describe('the row errors of imports', () => {
  it('codes each refusal of the money and rate parsers apart, in the English they always had', () => {
    const money = ['', '1.234', 'abc', '1e5', '99999999999999999'].map((t) => {
      const e = refusal(() => parseYuan(t));
      const p = parseProblem('txn_amount', e, t);
      expect(problemText('en', p.code, p.params), t).toBe(`txn_amount: ${e.message}`);
      return p.code;
    });
    expect(money).toEqual([
      'import.amountEmpty',
      'import.amountDecimals',
      'import.amountInvalid',
      'import.amountInvalid',
      'import.amountTooLarge',
    ]);
    const rate = ['', '0.12345678', '0.5%', '1.5'].map((t) => {
      const e = refusal(() => parseRate(t));
      const p = parseProblem('rate', e, t);
      expect(problemText('en', p.code, p.params), t).toBe(`rate: ${e.message}`);
      return p.code;
    });
    expect(rate).toEqual([
      'import.rateEmpty',
      'import.rateDecimals',
      'import.rateInvalid',
      'import.rateBelowOne',
    ]);
  });

  it('words every error of a row by its code, the English being its message', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '0', '-1', '1.234', '5812', '餐娱类', 'capped', 'rate', '0.9', '2025-02-30'),
      fc.string({ maxLength: 50 }),
    );
    const record = (columns: readonly string[]) =>
      fc.record(Object.fromEntries(columns.map((c) => [c, cell])) as Record<string, typeof cell>);
    const codes = new Set<string>();
    fc.assert(
      fc.property(record(MERCHANT_COLUMNS), record(SETTLEMENT_COLUMNS), (m, s) => {
        const errors = [
          validateMerchantRow(m),
          validateSettlementRow(s, { from: '2020-01-01', to: '2026-12-31' }),
        ].flatMap((r) => (r.ok ? [] : r.errors));
        for (const e of errors) {
          expect(Object.hasOwn(IMPORT_PROBLEMS, e.code), e.code).toBe(true);
          expect(problemText('en', e.code, e.params)).toBe(e.message);
          codes.add(e.code);
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches well past the empty cells.
    expect(codes.size).toBeGreaterThan(8);
  });

  it('names a header problem by its code, the column by its Chinese name too', () => {
    for (const c of [...MERCHANT_COLUMNS, ...SETTLEMENT_COLUMNS]) expect(chineseName(c), c).toBeDefined();
    const { problems } = resolveHeader(['商户号', 'mid', '商户明称'], ['mid', 'name']);
    expect(problems).toEqual([
      {
        column: 'mid',
        code: 'import.columnTwice',
        params: { column: 'mid', first: '商户号', second: 'mid' },
        message: 'column mid is in the header twice ("商户号" and "mid")',
      },
      {
        column: 'name',
        code: 'import.columnMissingNear',
        params: { column: 'name', alias: '商户名称', cell: '商户明称', name: '商户名称' },
        message:
          'column "name" (商户名称) is missing from the header; the header has "商户明称": did you mean "商户名称"?',
      },
    ]);
    expect(problemText('zh', problems[1]!.code, problems[1]!.params)).toBe(
      '表头缺少“商户名称”列（name）；表头中有“商户明称”，是否应为“商户名称”？',
    );
  });
});
