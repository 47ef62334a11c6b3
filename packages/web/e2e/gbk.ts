// GBK bytes for the browser tests, with no dependency: Node decodes GB18030 but cannot encode it,
// so the two-byte table is read backwards (every lead 0x81–0xFE and trail 0x40–0xFE but 0x7F,
// decoded once). ASCII passes through as one byte, as GBK writes it.
let table: Map<string, [number, number]> | undefined;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** The text as GBK bytes; a character GBK cannot write is an error, never a silent '?'. */
export function encodeGbk(text: string): Buffer {
  const map = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = map.get(ch);
    if (!bytes)
      throw new Error(`GBK has no code for ${JSON.stringify(ch)} (U+${code.toString(16).toUpperCase()})`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}
