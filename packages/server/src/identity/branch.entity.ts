import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A branch (分公司/支行) of the acquirer; every merchant and most users belong to one. */
@Entity({ tableName: 'branch' })
export class Branch {
  [OptionalProps]?: 'createdAt' | 'region';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  name!: string;

  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
