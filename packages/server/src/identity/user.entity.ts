import type { Role } from '@cornerstone/shared/roles/permissions';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Branch } from './branch.entity.ts';

// The roles are the shared permission table's (one list for the server and the web).
export { ROLES, type Role } from '@cornerstone/shared/roles/permissions';

@Entity({ tableName: 'app_user' })
export class AppUser {
  [OptionalProps]?: 'createdAt' | 'active' | 'branch' | 'mustChangePassword' | 'lastLoginAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  login!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text' })
  role!: Role;

  @ManyToOne({ entity: () => Branch, nullable: true, deleteRule: 'restrict' })
  branch: Branch | null = null;

  // Argon2id PHC string; never selected into GraphQL or logs.
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  // Set by a one-time password (an administrator's reset): until the user chooses their own, every
  // request but changing it is refused (identity/password-gate.ts).
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
