import type { ImportKind } from '../../gql/graphql.ts';

/** The server's upload endpoint for a CSV of `kind`: POST /api/imports/{kind}?fileName=…&skipInvalid=…. */
export function importUrl(kind: ImportKind, fileName: string, skipInvalid: boolean): string {
  const q = new URLSearchParams({ fileName });
  if (skipInvalid) q.set('skipInvalid', 'true');
  return `/api/imports/${kind}?${q.toString()}`;
}

export type UploadResult = { ok: true; id: number } | { ok: false; status: number; message: string };

/**
 * Streams the file as the request body (never read into memory here); the server answers 202 with
 * the run id, whose progress `importRun(id)` reports. The session rides in its HttpOnly cookie.
 */
export async function uploadImport(
  kind: ImportKind,
  file: File,
  skipInvalid: boolean,
  fetchImpl: typeof fetch = fetch,
): Promise<UploadResult> {
  let res: Response;
  try {
    res = await fetchImpl(importUrl(kind, file.name, skipInvalid), {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'content-type': 'text/csv' },
    });
  } catch (e) {
    return { ok: false, status: 0, message: e instanceof Error ? e.message : String(e) };
  }
  const body = (await res.json().catch(() => null)) as { id?: unknown; error?: unknown } | null;
  if (res.ok && typeof body?.id === 'number') return { ok: true, id: body.id };
  return {
    ok: false,
    status: res.status,
    message: typeof body?.error === 'string' ? body.error : res.statusText || `HTTP ${res.status}`,
  };
}
