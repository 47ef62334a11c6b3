import type { BulkTx, CopyWriter } from '../platform/db/bulk.ts';
import { claimMonth, type FreshMonth } from './settlement-store.ts';

/** Where the rows of months already stored wait for their INSERT … ON CONFLICT. */
export const REST = 'cs_settlement_rest';

/**
 * Sends each month's rows to where they belong: a month no import touched yet gets a new table of
 * its own (keyed and attached as the month's partition at the end); months already stored share a
 * staging table whose rows are inserted with ON CONFLICT. One COPY stays open while the rows keep
 * going to the same table, so Node reads the file while PostgreSQL stores what it has.
 */
export class MonthRouter {
  private readonly targets = new Map<number, string>();
  readonly fresh: (FreshMonth & { rows: number; monthIndex: number })[] = [];
  restRows = 0;
  private open: { table: string; copy: CopyWriter } | null = null;

  constructor(
    private readonly tx: BulkTx,
    private readonly columns: readonly string[],
  ) {}

  async send(monthIndex: number, block: Uint8Array): Promise<void> {
    let table = this.targets.get(monthIndex);
    if (table === undefined) {
      await this.close();
      const month = await claimMonth(this.tx, monthIndex);
      if (month) {
        await this.tx.query(
          `CREATE TABLE "${month.part}" (LIKE settlement INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
             CONSTRAINT "${month.part}_range" CHECK (settle_date >= '${month.first}' AND settle_date < '${month.next}'))`,
        );
        this.fresh.push({ ...month, rows: 0, monthIndex });
        table = `"${month.part}"`;
      } else table = REST;
      this.targets.set(monthIndex, table);
    }
    if (this.open?.table !== table) {
      await this.close();
      const freeze = table !== REST;
      this.open = { table, copy: this.tx.copyWriter(table, this.columns, { freeze }) };
    }
    await this.open.copy.write(block);
    // The embedded database copies on end(): one COPY per block keeps its memory to a block.
    if (!this.tx.server) await this.close();
  }

  async close(): Promise<void> {
    if (!this.open) return;
    const { table, copy } = this.open;
    this.open = null;
    const rows = await copy.end();
    const fresh = this.fresh.find((m) => `"${m.part}"` === table);
    if (fresh) fresh.rows += rows;
    else this.restRows += rows;
  }
}
