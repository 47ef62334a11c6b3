import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { type Problem, problemText } from '@cornerstone/shared/problems';

/**
 * The text encodings an import file may be in: UTF-8 (with or without a BOM), what systems write,
 * and GB18030, what Excel on Chinese Windows saves a CSV as (GBK; GB18030 is its superset). Node's
 * own TextDecoder (full ICU) decodes both; no other encoding is guessed at.
 */
export const ENCODINGS = ['utf-8', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** What an encoding is called to users. */
export const ENCODING_NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030 (GBK)' };

/** The bytes looked at to tell the encoding: enough for thousands of rows. */
const SAMPLE_BYTES = 1 << 20;

/** A file that is not text in the encoding read (or in either, when found by itself): its problem by code, in English. */
export class EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly problem: Problem,
  ) {
    super(problemText('en', problem.code, problem.params));
    this.name = 'EncodingError';
  }
}

/** Parses `--encoding` / `?encoding=`: a known name (case and dashes aside), or an error saying which are. */
export function parseEncoding(text: string | undefined): Encoding | undefined {
  if (text === undefined || text === '' || text === 'auto') return undefined;
  const t = text.toLowerCase().replace(/[-_]/g, '');
  if (t === 'utf8') return 'utf-8';
  if (t === 'gb18030' || t === 'gbk' || t === 'gb2312') return 'gb18030';
  throw new EncodingError(0, { code: 'import.unknownEncoding', params: { name: text.slice(0, 20) } });
}

/**
 * The encoding of a file: the one forced, else UTF-8 when its first megabyte is valid UTF-8, else
 * GB18030 when that megabyte decodes as GB18030 and reads like Chinese text. A Latin-1 or
 * Windows-1252 file often decodes as GB18030 too (é then a letter is a valid GBK pair), but as
 * rare characters: most pairs of real Chinese text lie in GB2312's common block, both bytes ≥ 0xA1.
 */
export async function detectEncoding(path: string, forced?: Encoding): Promise<Encoding> {
  if (forced) return forced;
  const sample = await readSample(path);
  if (isUtf8(sample)) return 'utf-8';
  if (decodes(sample, 'gb18030') && looksChinese(sample)) return 'gb18030';
  throw new EncodingError(await firstBadLine(path, 'utf-8'), { code: 'import.notText' });
}

/**
 * Whether a file's first megabyte is UTF-8: what a path that reads only UTF-8 asks (the settlement
 * fast path), without finding the line where another file goes wrong, which reads all of it.
 */
export async function startsAsUtf8(path: string): Promise<boolean> {
  return isUtf8(await readSample(path));
}

/** The first megabyte, cut at its last line end (no character is split there in either encoding). */
async function readSample(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SAMPLE_BYTES, 0);
    const read = buf.subarray(0, bytesRead);
    if (bytesRead < SAMPLE_BYTES) return read;
    const end = read.lastIndexOf(0x0a);
    return end > 0 ? read.subarray(0, end + 1) : read;
  } finally {
    await fh.close();
  }
}

function decodes(bytes: Uint8Array, encoding: Encoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether most two-byte characters are in GB2312's common block (both bytes ≥ 0xA1). */
function looksChinese(bytes: Uint8Array): boolean {
  let common = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) i++;
    else if (bytes[i + 1]! >= 0x30 && bytes[i + 1]! <= 0x39) {
      other++;
      i += 4;
    } else {
      if (b >= 0xa1 && bytes[i + 1]! >= 0xa1) common++;
      else other++;
      i += 2;
    }
  }
  return common > 0 && common >= other * 2;
}

/**
 * The first line (1-based) whose bytes are not text in `encoding`: read again line by line, only
 * when reading has already failed, to name where.
 */
export async function firstBadLine(path: string, encoding: Encoding): Promise<number> {
  let line = 1;
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let nl = data.indexOf(0x0a);
    while (nl >= 0) {
      if (!decodes(data.subarray(0, nl), encoding)) return line;
      line++;
      data = data.subarray(nl + 1);
      nl = data.indexOf(0x0a);
    }
    rest = Buffer.from(data);
  }
  return line;
}

/**
 * Decodes a byte stream as `encoding`, strictly: bytes that are not text stop the stream with an
 * EncodingError naming the line (not a U+FFFD in some cell, which would be stored garbled). A
 * UTF-8 BOM is dropped.
 */
export function decodingStream(path: string, encoding: Encoding): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const fail = async (callback: (e: Error) => void) =>
    callback(
      new EncodingError(await firstBadLine(path, encoding), {
        code: 'import.notTextFromLine',
        params: { encoding: ENCODING_NAMES[encoding] },
      }),
    );
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _enc, callback) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        void fail(callback);
        return;
      }
      callback(null, text);
    },
    flush(callback) {
      let text: string;
      try {
        text = decoder.decode();
      } catch {
        void fail(callback);
        return;
      }
      callback(null, text);
    },
  });
}
