// Personal data (信息安全) is shown masked unless the reader's role may see it; these are the masks.

function mask(s: string | null, keepStart: number, keepEnd: number, fixedStars?: number): string | null {
  if (s === null) return null;
  const chars = [...s.trim()];
  const hidden = chars.length - keepStart - keepEnd;
  // Too short to keep both ends and still hide something meaningful: hide everything.
  if (hidden < 4) return '*'.repeat(chars.length);
  const stars = '*'.repeat(fixedStars ?? hidden);
  return `${chars.slice(0, keepStart).join('')}${stars}${chars.slice(chars.length - keepEnd).join('')}`;
}

/** Mobile number: first 3 and last 4 kept, `13812345678` → `138****5678`; short input fully masked; null stays null. */
export function maskMobile(s: string | null): string | null {
  return mask(s, 3, 4, 4);
}

/** ID number: first 4 and last 4 kept, `610102199001011234` → `6101**********1234`; short input fully masked. */
export function maskIdNumber(s: string | null): string | null {
  return mask(s, 4, 4);
}

/** Settlement account: first 6 and last 4 kept, the rest starred; short input fully masked; null stays null. */
export function maskAccount(s: string | null): string | null {
  return mask(s, 6, 4);
}

/** A name for display to readers without access: surname kept, `张三丰` → `张**`; empty stays empty. */
export function maskName(s: string | null): string | null {
  if (s === null) return null;
  const chars = [...s.trim()];
  return chars.length <= 1 ? '*'.repeat(chars.length) : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
