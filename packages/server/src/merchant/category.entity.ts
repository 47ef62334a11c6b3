import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A merchant category (商户类型) with its 2013 list rate; seeded from the shared defaults, editable as data. */
@Entity({ tableName: 'category' })
export class Category {
  [OptionalProps]?: 'listCap' | 'isDefault';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  // Decimal fraction, e.g. 0.007800 for 0.78%.
  @Property({ type: 'decimal', precision: 8, scale: 6 })
  listRate!: string;

  // Yuan; null when the list rate has no cap.
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  listCap: string | null = null;

  // 一般类 takes every MCC no other category claims.
  @Property({ type: 'boolean', default: false })
  isDefault: boolean = false;
}

/** An inclusive MCC range that belongs to a category (ISO 18245 codes as 4-digit strings). */
@Entity({ tableName: 'category_mcc_range' })
export class CategoryMccRange {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Category, deleteRule: 'cascade' })
  category!: Category;

  @Property({ type: 'character', length: 4 })
  mccFrom!: string;

  @Property({ type: 'character', length: 4 })
  mccTo!: string;
}
