import { describe, expect, it } from 'vitest';
import { importUrl, uploadImport } from './upload.ts';

describe('import upload', () => {
  it('names the kind, the file and whether bad rows are skipped', () => {
    expect(importUrl('merchants', 'merchants 2026.csv', false)).toBe(
      '/api/imports/merchants?fileName=merchants+2026.csv',
    );
    expect(importUrl('settlements', 's.csv', true)).toBe(
      '/api/imports/settlements?fileName=s.csv&skipInvalid=true',
    );
  });
  it('answers the run id, or the server’s refusal', async () => {
    const file = new File(['mid\n'], 'm.csv', { type: 'text/csv' });
    const accepted = (async () => new Response(JSON.stringify({ id: 7 }), { status: 202 })) as typeof fetch;
    await expect(uploadImport('merchants', file, false, accepted)).resolves.toEqual({ ok: true, id: 7 });
    const refused = (async () =>
      new Response(JSON.stringify({ error: 'your role may not import settlements' }), {
        status: 403,
      })) as typeof fetch;
    await expect(uploadImport('settlements', file, false, refused)).resolves.toEqual({
      ok: false,
      status: 403,
      message: 'your role may not import settlements',
    });
  });
});
