import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRate,
  divRoundHalfUp,
  formatRate,
  formatRatePercent,
  formatYuan,
  MoneyFormatError,
  parseRate,
  parseYuan,
  RateFormatError,
  shareOf,
  sumFen,
} from './money.ts';

describe('parseYuan', () => {
  it.each([
    ['1234', 123400n],
    ['1234.5', 123450n],
    ['1234.50', 123450n],
    ['-3.20', -320n],
    ['  0.05 ', 5n],
    ['0', 0n],
    ['007.10', 710n],
    ['1000000000000000', 100000000000000000n],
  ])('%s → %s fen', (s, fen) => {
    expect(parseYuan(s)).toBe(fen);
  });

  it.each([
    '',
    '  ',
    '1.234',
    '1e3',
    'abc',
    '1,234.00',
    '.5',
    '1.',
    '+1',
    '¥1',
    '--1',
    '1000000000000000.01',
    '9'.repeat(40),
  ])('rejects %j', (s) => {
    expect(() => parseYuan(s)).toThrow(MoneyFormatError);
  });

  it('says why for too many decimals', () => {
    expect(() => parseYuan('1.234')).toThrow(/2 decimals/);
  });
});

describe('formatYuan', () => {
  it.each([
    [123450n, '1234.50'],
    [-5n, '-0.05'],
    [0n, '0.00'],
    [100n, '1.00'],
    [-123456n, '-1234.56'],
  ])('%s → %s', (fen, s) => {
    expect(formatYuan(fen)).toBe(s);
  });

  it('round-trips with parseYuan', () => {
    const fen = fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n });
    fc.assert(fc.property(fen, (x) => parseYuan(formatYuan(x)) === x));
  });
});

describe('sumFen', () => {
  it('sums any iterable', () => {
    expect(sumFen([])).toBe(0n);
    expect(sumFen(new Set([1n, 2n, -5n]))).toBe(-2n);
  });
});

describe('rounding', () => {
  it('rounds half up, mirrored for negatives', () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(15n, 10n)).toBe(2n);
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n);
    expect(divRoundHalfUp(-4n, 10n)).toBe(0n);
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });

  it('applies a rate to whole fen: ¥100.64 × 0.78% = 78.4992 → 78 fen, ¥100.65 → 78.507 → 79', () => {
    expect(applyRate(10064n, 7800n)).toBe(78n);
    expect(applyRate(10065n, 7800n)).toBe(79n);
    // exactly half a fen rounds up: ¥0.50 × 1% = 0.5 fen
    expect(applyRate(50n, 10000n)).toBe(1n);
  });

  it('is never more than half a fen from the exact product', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 999_999n }), (a, r) => {
        const fee = applyRate(a, r);
        const diff2 = fee * 2_000_000n - a * r * 2n; // 2·1e6·(fee − exact)
        return diff2 <= 1_000_000n && diff2 > -1_000_000n;
      }),
    );
  });
});

describe('rates', () => {
  it.each([
    ['0.0078', 7800n],
    ['0.0125', 12500n],
    ['0.0038', 3800n],
    ['0', 0n],
    ['0.000001', 1n],
    [' 0.5 ', 500000n],
    ['00.1', 100000n],
  ])('parses %s', (s, r) => {
    expect(parseRate(s)).toBe(r);
  });

  it.each(['', '1', '1.0', '0.0000001', '-0.01', '0.78%', '7.8e-3', 'x'])('rejects %j', (s) => {
    expect(() => parseRate(s)).toThrow(RateFormatError);
  });

  it.each([
    [7800n, '0.0078', '0.78%'],
    [12500n, '0.0125', '1.25%'],
    [0n, '0', '0.00%'],
    [650n, '0.00065', '0.065%'],
    [500000n, '0.5', '50.00%'],
    [1n, '0.000001', '0.0001%'],
  ])('formats %s as %s and %s', (r, dec, pct) => {
    expect(formatRate(r)).toBe(dec);
    expect(formatRatePercent(r)).toBe(pct);
  });

  it('formatRate round-trips with parseRate', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 999_999n }), (r) => parseRate(formatRate(r)) === r));
  });

  it('formats negative rate differences (a merchant above list)', () => {
    expect(formatRate(-1000n)).toBe('-0.001');
    expect(formatRatePercent(-1000n)).toBe('-0.10%');
  });
});

describe('shareOf', () => {
  it('is 0 for a zero total', () => {
    expect(shareOf(5n, 0n)).toBe(0);
    expect(shareOf(1n, 4n)).toBe(0.25);
  });
});
