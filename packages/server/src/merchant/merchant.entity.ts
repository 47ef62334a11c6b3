import type { FeePlanKind, MerchantStatus } from '@cornerstone/shared/merchant/merchant-rules';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Branch } from '../identity/branch.entity.ts';
import { AppUser } from '../identity/user.entity.ts';
import { EncryptedText } from '../platform/db/personal-data.ts';
import { Category } from './category.entity.ts';

/** 商户档案: one merchant of the acquirer (docs/domain.md §1). */
@Entity({ tableName: 'merchant' })
@Index({ properties: ['branch', 'category'] })
export class Merchant {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'status'
    | 'statusChangedAt'
    | 'statusReason'
    | 'tradingName'
    | 'cap'
    | 'contactName'
    | 'contactMobile'
    | 'contactMobileHash'
    | 'contactVerifiedOn';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  // MID: 15 digits, the merchant's identity for every outside system.
  @Property({ type: 'character', length: 15, unique: true })
  mid!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  tradingName: string | null = null;

  @Property({ type: 'character', length: 4 })
  mcc!: string;

  @ManyToOne({ entity: () => Category, deleteRule: 'restrict' })
  category!: Category;

  @Property({ type: 'text' })
  feePlan!: FeePlanKind;

  @Property({ type: 'decimal', precision: 8, scale: 6 })
  rate!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  cap: string | null = null;

  @ManyToOne({ entity: () => Branch, deleteRule: 'restrict' })
  branch!: Branch;

  @ManyToOne({ entity: () => AppUser, deleteRule: 'restrict' })
  @Index()
  manager!: AppUser;

  @Property({ type: 'date' })
  onboardedOn!: string;

  @Property({ type: 'text', default: 'active' })
  status: MerchantStatus = 'active';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  statusChangedAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  // Personal data (客户信息): shown masked unless the reader's role may see it.
  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  // Encrypted at rest (AES-256-GCM, db/personal-data.ts); clear only in memory, masked on output.
  @Property({ type: EncryptedText, nullable: true })
  contactMobile: string | null = null;

  // Keyed hash of the mobile, to see whether an import changes it without decrypting.
  @Property({ type: 'text', nullable: true, hidden: true })
  contactMobileHash: string | null = null;

  // 信息更新: contact data is due for re-verification 12 months after this date.
  @Property({ type: 'date', nullable: true })
  contactVerifiedOn: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One change to a merchant: who changed which fields, when and through what. Personal data appears masked. */
@Entity({ tableName: 'merchant_change' })
export class MerchantChange {
  [OptionalProps]?: 'changedAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => Merchant, deleteRule: 'cascade' })
  @Index()
  merchant!: Merchant;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  changedAt: Date = new Date();

  // Login of the user, or the importing command.
  @Property({ type: 'text' })
  actor!: string;

  // e.g. `import merchants merchants.csv`, `graphql updateMerchant`.
  @Property({ type: 'text' })
  source!: string;

  // { field: { from, to } }; a created merchant has kind 'created'.
  @Property({ type: 'text' })
  kind!: 'created' | 'updated' | 'status';

  @Property({ type: 'json' })
  changes!: Record<string, { from: unknown; to: unknown }>;
}
