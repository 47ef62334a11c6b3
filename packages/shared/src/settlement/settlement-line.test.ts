import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SettlementLineScanner } from './settlement-line.ts';
import { SETTLEMENT_COLUMNS, validateSettlementRow } from './settlement-row.ts';

const enc = new TextEncoder();

function scan(header: readonly string[], line: string) {
  const s = new SettlementLineScanner(header);
  const bytes = enc.encode(line);
  if (!s.scan(bytes, 0, bytes.length)) return null;
  return {
    settleDate: s.settleDate,
    mid: line.slice(s.midStart, s.midEnd),
    midKey: s.midKey,
    txnCount: s.txnCount,
    txnAmount: BigInt(s.txnAmount),
    cappedCount: s.cappedCount,
    cappedAmount: BigInt(s.cappedAmount),
    merchantFee: BigInt(s.merchantFee),
    issuerFee: BigInt(s.issuerFee),
    networkFee: BigInt(s.networkFee),
    monthIndex: s.monthIndex,
  };
}

/** What the shared validator says of the same line, split as a plain CSV line. */
function validate(header: readonly string[], line: string) {
  const cells = line.split(',');
  const raw: Record<string, string> = {};
  header.forEach((h, i) => {
    if (cells[i] !== undefined) raw[h] = cells[i]!;
  });
  if (cells.length !== header.length) return null;
  const r = validateSettlementRow(raw);
  return r.ok ? r.row : null;
}

const good = '2026-10-08,102100058120001,42,18234.50,3,12000,98.21,70.11,11.85';

// Cells near the edges of the rules: digits, dots, dashes, signs, spaces, quotes, long numbers.
const cellArb = fc.oneof(
  fc.stringMatching(/^\d{1,13}(\.\d{0,3})?$/),
  fc.stringMatching(/^[0-9.\- +"e]{0,6}$/),
  fc.constantFrom(
    '0',
    '00',
    '0.0',
    '0.00',
    '1',
    '2147483647',
    '2147483648',
    '999999999999.99',
    '1000000000000',
  ),
);
const validDateArb = fc
  .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateArb = fc.oneof(
  validDateArb,
  fc.constantFrom(
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    '2026-1-01',
    '0000-01-01',
    '2026/10/08',
    ' 2026-10-08',
  ),
);
const midArb = fc.oneof(fc.stringMatching(/^\d{15}$/), fc.stringMatching(/^[0-9 a]{14,16}$/));

const yuan = (f: number) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;

/** The cells of a valid line, in contract order: fees within the amount, capped within the total. */
const validCellsArb = fc
  .tuple(
    validDateArb,
    fc.stringMatching(/^\d{15}$/),
    fc.integer({ min: 1, max: 50_000 }),
    fc.integer({ min: 0, max: 99_999_999_999_999 }),
    fc.integer({ min: 0, max: 3 }),
    fc.boolean(),
  )
  .map(([date, mid, count, amount, capped, whole]) => {
    const money = (f: number) => (whole && f % 100 === 0 ? String(f / 100) : yuan(f));
    const fee = Math.floor(amount / 100);
    const cappedCount = Math.min(capped, count);
    return [
      date,
      mid,
      String(count),
      money(amount),
      String(cappedCount),
      cappedCount === 0 ? '0.00' : money(Math.floor(amount / 2)),
      money(fee),
      money(Math.floor(fee / 2)),
      money(Math.floor(fee / 10)),
    ];
  });

describe('SettlementLineScanner', () => {
  it('reads a good line with the validator’s values', () => {
    const got = scan(SETTLEMENT_COLUMNS, good);
    const want = validate(SETTLEMENT_COLUMNS, good);
    expect(want).not.toBeNull();
    expect(got).toMatchObject(want!);
    expect(got?.midKey).toBe(102100058120001);
    expect(got?.monthIndex).toBe(2026 * 12 + 9);
  });

  it('takes the columns in any order the header gives', () => {
    const header = [...SETTLEMENT_COLUMNS].reverse();
    const line = good.split(',').reverse().join(',');
    expect(scan(header, line)).toMatchObject(validate(SETTLEMENT_COLUMNS, good)!);
  });

  it('refuses what is valid but not plain, and what breaks a rule', () => {
    for (const bad of [
      good.replace('42', ' 42'), // the validator trims; the scanner leaves it to the careful path
      good.replace('18234.50', '"18234.50"'),
      good.replace('2026-10-08', '2026-02-30'),
      good.replace('42', '2'), // capped_count 3 > txn_count 2
      good.replace('98.21', '18234.51'), // merchant fee above the amount
      good.replace('18234.50', '18234.505'),
      good.replace('18234.50', '1234567890123'), // more whole digits than the scanner takes
      good.replace('102100058120001', '10210005812000'),
      `${good},`,
      good.slice(0, -5),
    ])
      expect(scan(SETTLEMENT_COLUMNS, bad), bad).toBeNull();
  });

  it('is never looser than validateSettlementRow, and agrees on the values', () => {
    let accepted = 0;
    // Valid lines, then up to three edits: a cell swapped for an edge case, a byte changed,
    // inserted or removed; so lines land on both sides of every rule.
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('cell' as const),
        at: fc.nat(8),
        cell: fc.oneof(cellArb, dateArb, midArb),
      }),
      fc.record({
        kind: fc.constantFrom('set' as const, 'insert' as const, 'delete' as const),
        at: fc.nat(80),
        ch: fc.constantFrom(...'0123456789.,-+ "e\r'.split('')),
      }),
    );
    fc.assert(
      fc.property(validCellsArb, fc.array(edit, { maxLength: 3 }), fc.boolean(), (valid, edits, reversed) => {
        let cells = [...valid];
        for (const e of edits) {
          if (e.kind === 'cell') {
            cells[e.at] = e.cell;
            continue;
          }
          const line = cells.join(',');
          const at = e.at % (line.length + 1);
          const next =
            e.kind === 'set'
              ? line.slice(0, at) + e.ch + line.slice(at + 1)
              : e.kind === 'insert'
                ? line.slice(0, at) + e.ch + line.slice(at)
                : line.slice(0, at) + line.slice(at + 1);
          cells = next.split(',');
        }
        const header = reversed ? [...SETTLEMENT_COLUMNS].reverse() : [...SETTLEMENT_COLUMNS];
        const line = (reversed ? [...cells].reverse() : cells).join(',');
        const got = scan(header, line);
        if (got === null) return;
        accepted++;
        const want = validate(header, line);
        expect(want, line).not.toBeNull();
        expect(got, line).toMatchObject(want!);
      }),
      { numRuns: 20_000 },
    );
    // The generators reach lines the scanner accepts, so the comparison is not vacuous.
    expect(accepted).toBeGreaterThan(2_000);
  });

  it('refuses a settle date outside the window, as the validator does', () => {
    const dates = { from: '2016-12-08', to: '2026-12-06' };
    const inside = new SettlementLineScanner(SETTLEMENT_COLUMNS, dates);
    const bytes = (l: string) => enc.encode(l);
    for (const [date, ok] of [
      ['2026-10-08', true],
      ['2026-12-06', true],
      ['2016-12-08', true],
      ['2026-12-07', false],
      ['2099-12-31', false],
      ['2016-12-07', false],
    ] as const) {
      const line = good.replace('2026-10-08', date);
      expect(inside.scan(bytes(line), 0, bytes(line).length), date).toBe(ok);
      const cells = Object.fromEntries(SETTLEMENT_COLUMNS.map((c, i) => [c, line.split(',')[i]!]));
      expect(validateSettlementRow(cells, dates).ok, date).toBe(ok);
    }
  });

  it('is never looser than the validator within a window either', () => {
    const windowArb = fc
      .tuple(validDateArb, validDateArb)
      .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(
      fc.property(validCellsArb, windowArb, (cells, dates) => {
        const line = cells.join(',');
        const bytes = enc.encode(line);
        if (!new SettlementLineScanner(SETTLEMENT_COLUMNS, dates).scan(bytes, 0, bytes.length)) return;
        const raw = Object.fromEntries(SETTLEMENT_COLUMNS.map((c, i) => [c, cells[i]!]));
        expect(validateSettlementRow(raw, dates).ok, line).toBe(true);
      }),
    );
  });

  it('accepts the valid plain lines it is for', () => {
    fc.assert(
      fc.property(validCellsArb, (cells) => {
        const line = cells.join(',');
        expect(validate(SETTLEMENT_COLUMNS, line), line).not.toBeNull();
        expect(scan(SETTLEMENT_COLUMNS, line), line).toMatchObject(validate(SETTLEMENT_COLUMNS, line)!);
      }),
    );
  });
});
