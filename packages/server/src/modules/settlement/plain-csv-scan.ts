/**
 * Watches the bytes of a settlements file on its way to COPY and says whether every data line is
 * "plain": digits, commas, dots between digits, dashes before or between digits, and line ends.
 * Only plain files take the fast path; anything else (quotes, spaces, letters, exponents, `+`, `.5`)
 * goes to the careful path, so PostgreSQL's laxer number and date parsing can never accept a cell
 * the shared validator would reject.
 */
export class PlainCsvScan {
  clean = true;
  private inHeader = true;
  private prev = 0x0a;
  private needDigit = false;

  push(chunk: Buffer): void {
    if (!this.clean) return;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.inHeader) {
        if (b === 0x0a) this.inHeader = false;
        continue;
      }
      const digit = b >= 0x30 && b <= 0x39;
      if (this.needDigit && !digit) {
        this.clean = false;
        return;
      }
      this.needDigit = false;
      if (digit || b === 0x2c /* , */ || b === 0x0a) {
        if (this.prev === 0x0d && b !== 0x0a) {
          this.clean = false;
          return;
        }
      } else if (b === 0x2e /* . */) {
        if (!isDigit(this.prev)) {
          this.clean = false;
          return;
        }
        this.needDigit = true;
      } else if (b === 0x2d /* - */) {
        if (!(isDigit(this.prev) || this.prev === 0x2c)) {
          this.clean = false;
          return;
        }
        this.needDigit = true;
      } else if (b === 0x0d /* \r */) {
        // only as part of \r\n
      } else {
        this.clean = false;
        return;
      }
      this.prev = b;
    }
  }

  /** True when the whole file was plain (call after the last chunk). */
  get plain(): boolean {
    return this.clean && !this.needDigit;
  }
}

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
