import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One run of an import (a CSV or a workbook), so progress is queryable while it runs and the summary stays afterwards. */
@Entity({ tableName: 'import_run' })
export class ImportRun {
  [OptionalProps]?:
    | 'status'
    | 'rowsRead'
    | 'inserted'
    | 'updated'
    | 'skipped'
    | 'rejected'
    | 'errors'
    | 'format'
    | 'encoding'
    | 'sheet'
    | 'errorCount'
    | 'startedAt'
    | 'finishedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text' })
  kind!: 'merchants' | 'settlements';

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text', default: 'running' })
  status: 'running' | 'succeeded' | 'rejected' | 'failed' = 'running';

  @Property({ type: 'integer', default: 0 })
  rowsRead: number = 0;

  @Property({ type: 'integer', default: 0 })
  inserted: number = 0;

  @Property({ type: 'integer', default: 0 })
  updated: number = 0;

  @Property({ type: 'integer', default: 0 })
  skipped: number = 0;

  @Property({ type: 'integer', default: 0 })
  rejected: number = 0;

  // The first rejected rows: [{ row, column, code, params, message, cell }] (runs from before codes
  // have no code nor params); all of them are in import_row_error.
  @Property({ type: 'json', nullable: true })
  errors:
    | {
        row: number;
        column: string;
        code?: string;
        params?: Record<string, string | number>;
        message: string;
        cell?: string | null;
      }[]
    | null = null;

  /** How the file was read: `csv` or `xlsx` (null until known, or when it could not be opened). */
  @Property({ type: 'text', nullable: true })
  format: 'csv' | 'xlsx' | null = null;

  /** A CSV's encoding as read: `utf-8` or `gb18030`. */
  @Property({ type: 'text', nullable: true })
  encoding: string | null = null;

  /** The workbook's sheet read. */
  @Property({ type: 'text', nullable: true })
  sheet: string | null = null;

  /** Row errors stored in import_row_error (all of them, up to MAX_STORED_ERRORS). */
  @Property({ type: 'integer', default: 0 })
  errorCount: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}
