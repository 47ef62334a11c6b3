import type { CopyWriter } from '../platform/db/bulk.ts';

/** Bytes gathered before they go to a COPY: one month's lines as read, or the rollup's rows. */
export const BLOCK = 1 << 20;

/** Writes `n` (a non-negative integer) as ASCII digits at `at`; answers the offset after it. */
export function writeDigits(out: Buffer, at: number, n: number): number {
  let digits = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let i = at + digits - 1, x = n; i >= at; i--, x = Math.floor(x / 10)) out[i] = 0x30 + (x % 10);
  return at + digits;
}

/**
 * CSV bytes written into one reused buffer and handed to a COPY whenever it fills: numbers are
 * written digit by digit, so a million rows leave no strings behind for the collector.
 */
export class CsvBytes {
  private readonly buf = Buffer.allocUnsafe(BLOCK + 256);
  private at = 0;

  constructor(private readonly copy: CopyWriter) {}

  int(n: number): this {
    if (n < 0) {
      this.buf[this.at++] = 0x2d;
      n = -n;
    }
    this.at = writeDigits(this.buf, this.at, n);
    return this;
  }

  /** Fen as yuan with 2 decimals. */
  fen(f: number): this {
    if (!Number.isSafeInteger(f)) throw new Error(`amount out of exact range: ${f}`);
    if (f < 0) {
      this.buf[this.at++] = 0x2d;
      f = -f;
    }
    this.at = writeDigits(this.buf, this.at, Math.floor(f / 100));
    const cents = f % 100;
    this.buf[this.at++] = 0x2e;
    this.buf[this.at++] = 0x30 + Math.floor(cents / 10);
    this.buf[this.at++] = 0x30 + (cents % 10);
    return this;
  }

  /** ASCII text (dates). */
  text(t: string): this {
    for (let i = 0; i < t.length; i++) this.buf[this.at++] = t.charCodeAt(i);
    return this;
  }

  comma(): this {
    this.buf[this.at++] = 0x2c;
    return this;
  }

  /** Ends a row; sends the buffer when it is full. */
  async row(): Promise<void> {
    this.buf[this.at++] = 0x0a;
    if (this.at >= BLOCK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.at > 0) await this.copy.write(this.buf.subarray(0, this.at));
    this.at = 0;
  }

  async end(): Promise<void> {
    await this.flush();
    await this.copy.end();
  }
}
