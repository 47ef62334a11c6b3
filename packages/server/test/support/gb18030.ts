// Test files as Excel on Chinese Windows saves them. Node decodes GB18030 but has no encoder: the
// two-byte table is built once by decoding every pair (ASCII passes through as itself).
let table: Map<string, Buffer> | null = null;

function pairs(): Map<string, Buffer> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const bytes = Buffer.from([lead, trail]);
      const ch = decoder.decode(bytes);
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, bytes);
    }
  return table;
}

/** `text` in GB18030 (GBK for every character GBK has); throws on a character outside the two-byte table. */
export function encodeGb18030(text: string): Buffer {
  const map = pairs();
  const out: Buffer[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(Buffer.from(ch, 'latin1'));
    else {
      const b = map.get(ch);
      if (!b) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(b);
    }
  }
  return Buffer.concat(out);
}
