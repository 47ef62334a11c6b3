import { describe, expect, it } from 'vitest';
import { errorsCsvUrl, fileFormat, importUrl, uploadImport } from './upload.ts';

describe('import upload', () => {
  it('names the kind, the file and whether bad rows are skipped', () => {
    expect(importUrl('merchants', 'merchants 2026.csv')).toBe(
      '/api/imports/merchants?fileName=merchants+2026.csv',
    );
    expect(importUrl('settlements', 's.csv', { skipInvalid: true })).toBe(
      '/api/imports/settlements?fileName=s.csv&skipInvalid=true',
    );
  });
  it('sends the encoding with a CSV only, and the sheet with an xlsx only', () => {
    expect(importUrl('merchants', 'm.csv', { encoding: 'gb18030', sheet: 'Sheet1' })).toBe(
      '/api/imports/merchants?fileName=m.csv&encoding=gb18030',
    );
    expect(importUrl('merchants', 'm.csv', { encoding: 'auto' })).toBe(
      '/api/imports/merchants?fileName=m.csv',
    );
    expect(
      importUrl('merchants', '商户.XLSX', { encoding: 'utf-8', sheet: ' 商户 ', skipInvalid: true }),
    ).toBe(
      `/api/imports/merchants?fileName=${encodeURIComponent('商户.XLSX')}&skipInvalid=true&sheet=${encodeURIComponent('商户')}`,
    );
    expect(importUrl('merchants', 'm.xlsx', { sheet: '  ' })).toBe('/api/imports/merchants?fileName=m.xlsx');
  });
  it('tells an xlsx by its extension, as the server does', () => {
    expect(fileFormat('a.xlsx')).toBe('xlsx');
    expect(fileFormat('A.XLSX')).toBe('xlsx');
    expect(fileFormat('a.csv')).toBe('csv');
    expect(fileFormat('a.xlsx.csv')).toBe('csv');
    expect(fileFormat('a.xls')).toBe('csv');
  });
  it('downloads a run’s errors from its own address', () => {
    expect(errorsCsvUrl(42)).toBe('/api/imports/42/errors.csv');
  });
  it('answers the run id, or the server’s refusal', async () => {
    const file = new File(['mid\n'], 'm.csv', { type: 'text/csv' });
    const accepted = (async () => new Response(JSON.stringify({ id: 7 }), { status: 202 })) as typeof fetch;
    await expect(uploadImport('merchants', file, {}, accepted)).resolves.toEqual({ ok: true, id: 7 });
    const refused = (async () =>
      new Response(JSON.stringify({ error: 'your role may not import settlements' }), {
        status: 403,
      })) as typeof fetch;
    await expect(uploadImport('settlements', file, {}, refused)).resolves.toEqual({
      ok: false,
      status: 403,
      message: 'your role may not import settlements',
    });
  });
  it('labels an xlsx body as a workbook', async () => {
    const file = new File([new Uint8Array([0x50, 0x4b])], 'm.xlsx');
    let type = '';
    const spy = (async (_url: string, init: RequestInit) => {
      type = new Headers(init.headers).get('content-type') ?? '';
      return new Response(JSON.stringify({ id: 1 }), { status: 202 });
    }) as typeof fetch;
    await uploadImport('merchants', file, {}, spy);
    expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
