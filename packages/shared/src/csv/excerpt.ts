/** How many characters of a cell's value an error message quotes. */
export const EXCERPT_LENGTH = 40;

// C0 controls, DEL and C1 controls; surrogates only reach here unpaired (codePointAt pairs the rest).
const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
const isLoneSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

/**
 * A value as an error message may quote it: at most `max` characters, then `…`, with control
 * characters (and unpaired surrogates) written as `\u0000` escapes. Messages quote what a file
 * holds, and a file can hold anything: a 50 MB field, a NUL (which PostgreSQL cannot store in a
 * jsonb column), a line break that would forge a second `FILE:ROW:COLUMN` line.
 */
export function excerpt(value: string, max = EXCERPT_LENGTH): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < value.length; n++) {
    if (n === max) return `${out}…`;
    const cp = value.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    out +=
      isControl(cp) || isLoneSurrogate(cp)
        ? `\\u${cp.toString(16).padStart(4, '0')}`
        : value.slice(i, i + size);
    i += size;
  }
  return out;
}

/**
 * `message` with every occurrence of `value` cut to its {@link excerpt}: for messages built
 * elsewhere that quote the value whole (the money parsers' `not a yuan amount: "…"`).
 */
export function withExcerpt(message: string, value: string): string {
  if (value === '') return message;
  const short = excerpt(value);
  return short === value ? message : message.split(value).join(short);
}

/**
 * The first control character of a text cell as `U+0007`, or null when there is none. Names,
 * logins and branches are single-line text: a control character there is a broken or hostile
 * file, and a NUL cannot be stored at all.
 */
export function controlCharacterIn(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}
