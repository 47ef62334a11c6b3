import { Field, ObjectType } from 'type-graphql';
import { globalId, NodeInterface } from '../platform/graphql/node.ts';
import type { AppUser } from './user.entity.ts';

@ObjectType('User', {
  implements: NodeInterface,
  description:
    '系统用户 · A user of Cornerstone: account manager, branch manager, operations, analyst or administrator.',
})
export class UserType extends NodeInterface {
  @Field(() => String, { description: '登录名 · Login name.' })
  login!: string;

  @Field(() => String, { description: '显示名称 · Display name.' })
  displayName!: string;

  @Field(() => String, {
    description: '角色 · Role: admin, branch_manager, account_manager, operations or analyst.',
  })
  role!: string;

  @Field(() => String, {
    nullable: true,
    description: '所属分公司 · The branch the user belongs to; null for company-wide roles.',
  })
  branch!: string | null;

  @Field(() => Boolean, {
    description: '在用（停用的用户不能登录）· Active; a deactivated user cannot sign in.',
  })
  active!: boolean;

  @Field(() => Boolean, {
    description:
      '须先修改密码（一次性密码登录后）· Must choose a new password (after a one-time password) before anything else.',
  })
  mustChangePassword!: boolean;

  // Resolved by users.resolver.ts (UserLastSignInResolver): only for the user and their managers.
  lastSignInAt!: Date | null;
}

/** A user as the API shows them (never the password hash or the session). */
export function toUserType(u: AppUser): UserType {
  return {
    id: globalId('User', u.id),
    login: u.login,
    displayName: u.displayName,
    role: u.role,
    branch: u.branch?.name ?? null,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lastSignInAt: u.lastLoginAt ?? null,
  };
}

@ObjectType('AuthPayload', { description: '登录结果 · The result of a successful login.' })
export class AuthPayload {
  @Field(() => String, {
    description: '访问令牌，作为 Authorization: Bearer 发送 · Bearer token for the Authorization header.',
  })
  token!: string;

  @Field(() => UserType, { description: '登录的用户 · The signed-in user.' })
  user!: UserType;
}
