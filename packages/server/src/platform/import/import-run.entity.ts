import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One run of a CSV import, so progress is queryable while it runs and the summary stays afterwards. */
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

  // The first rejected rows: [{ row, column, message }].
  @Property({ type: 'json', nullable: true })
  errors: { row: number; column: string; message: string }[] | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}
