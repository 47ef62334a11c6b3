import { describe, expect, it } from 'vitest';
import { auditExportUrl, auditFilterOf, detailParts } from './audit-log.ts';

describe('the audit log page’s filter', () => {
  it('reads the days as whole China days, to inclusive', () => {
    expect(auditFilterOf({ from: '2026-12-01', to: '2026-12-07', action: 'login' })).toEqual({
      action: 'login',
      from: '2026-12-01T00:00:00+08:00',
      to: '2026-12-08T00:00:00+08:00',
    });
    // The last day of a month and of a year roll over.
    expect(auditFilterOf({ to: '2026-12-31' }).to).toBe('2027-01-01T00:00:00+08:00');
  });

  it('leaves out what is empty or not a day', () => {
    expect(auditFilterOf({ actor: '', from: 'yesterday', outcome: 'denied' })).toEqual({ outcome: 'denied' });
    expect(auditFilterOf({})).toEqual({});
  });

  it('exports the same filter', () => {
    expect(auditExportUrl('csv', {})).toBe('/api/exports/audit-log.csv');
    expect(
      auditExportUrl('xlsx', { action: 'mutation:moveMerchants', from: '2026-12-01T00:00:00+08:00' }),
    ).toBe(
      '/api/exports/audit-log.xlsx?action=mutation%3AmoveMerchants&from=2026-12-01T00%3A00%3A00%2B08%3A00',
    );
  });
});

describe('an entry’s detail in words', () => {
  const label = (k: string) => ({ moved: '移交', unchanged: '未变' })[k] ?? k;

  it('labels the move’s counts', () => {
    expect(detailParts('{"by":"filter","moved":12,"unchanged":0}', label)).toEqual([
      'by: filter',
      '移交: 12',
      '未变: 0',
    ]);
  });

  it('words a value the reader’s table knows, and leaves the rest', () => {
    const word = (k: string, v: string) => (k === 'by' && v === 'filter' ? '按筛选条件' : v);
    expect(detailParts('{"by":"filter","moved":3}', label, word)).toEqual(['by: 按筛选条件', '移交: 3']);
  });

  it('joins lists, shows nested objects and anything not JSON as it is', () => {
    expect(detailParts('{"arguments":["id","input"],"x":{"a":1}}', label)).toEqual([
      'arguments: id, input',
      'x: {"a":1}',
    ]);
    expect(detailParts('not json', label)).toEqual(['not json']);
    expect(detailParts(null, label)).toEqual([]);
  });
});
