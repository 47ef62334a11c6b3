// A change record of the server (merchant history, the timeline's status lines) as readable rows.

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '–';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

/** A change record's JSON `{field: {from, to}}` as rows; anything unreadable becomes one raw row. */
export function parseChanges(json: string): FieldChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return json ? [{ field: '', from: '', to: json }] : [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([field, change]) => {
    if (change && typeof change === 'object' && ('from' in change || 'to' in change)) {
      const c = change as { from?: unknown; to?: unknown };
      return { field, from: show(c.from), to: show(c.to) };
    }
    return { field, from: '–', to: show(change) };
  });
}
