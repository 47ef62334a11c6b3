import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, neutraliseFormula, spreadsheetCell } from './spreadsheet-cell.ts';

describe('spreadsheet cells', () => {
  it('neutralise the formulas of OWASP’s CSV-injection examples', () => {
    expect(neutraliseFormula("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseFormula('+1+1')).toBe("'+1+1");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutraliseFormula('\t=1+2')).toBe("'\t=1+2");
    expect(neutraliseFormula('\r=1+2')).toBe("'\r=1+2");
  });

  it('leave ordinary text, empty text and inner formula characters alone', () => {
    expect(neutraliseFormula('测试商户1号店')).toBe('测试商户1号店');
    expect(neutraliseFormula('A=B+C')).toBe('A=B+C');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula("'=1")).toBe("'=1");
  });

  it('keep numbers numeric, in a numeric column even as decimal strings', () => {
    expect(spreadsheetCell(-12.5)).toBe(-12.5);
    expect(spreadsheetCell(12n)).toBe(12n);
    expect(spreadsheetCell(null)).toBeNull();
    expect(spreadsheetCell(undefined)).toBeUndefined();
    expect(spreadsheetCell('-12.50', true)).toBe('-12.50');
    expect(spreadsheetCell('0.0038', true)).toBe('0.0038');
    // Text in a numeric column is still text; a text column never trusts a leading minus.
    expect(spreadsheetCell('-1+1', true)).toBe("'-1+1");
    expect(spreadsheetCell('-12.50')).toBe("'-12.50");
    expect(spreadsheetCell('=1+2')).toBe("'=1+2");
  });

  it('never leave a text cell starting with a formula trigger, and change nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutraliseFormula(s);
        const risky = s !== '' && FORMULA_TRIGGERS.includes(s[0]!);
        return risky ? out === `'${s}` : out === s;
      }),
    );
  });
});
