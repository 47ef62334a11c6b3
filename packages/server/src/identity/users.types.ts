import { Field, InputType, ObjectType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';
import { UserType } from './auth.types.ts';

// The GraphQL types of user administration (users.resolver.ts).

export const UserConnectionType = connectionType('User', UserType, ['用户', 'users']);

@InputType('UsersFilter', { description: '用户筛选 · Which users to list.' })
export class UsersFilterInput {
  @Field(() => String, { nullable: true, description: '角色 · Role.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: '分公司名称 · Branch name.' })
  branch?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '在用或已停用 · Active (true) or deactivated (false).',
  })
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: '登录名或姓名包含（不区分大小写）· Part of the login or display name, in any case.',
  })
  search?: string | null;
}

@InputType('CreateUserInput', { description: '新用户 · A new user.' })
export class CreateUserInput {
  @Field(() => String, {
    description:
      '登录名（2–64 个字母、数字、点、横线、下划线；不区分大小写唯一）· Login: 2–64 letters, digits, . - _; unique in any case.',
  })
  login!: string;

  @Field(() => String, {
    nullable: true,
    description: '姓名（默认为登录名）· Display name; the login if none.',
  })
  displayName?: string | null;

  @Field(() => String, {
    description: '角色 · Role: admin, branch_manager, account_manager, operations or analyst.',
  })
  role!: string;

  @Field(() => String, {
    nullable: true,
    description:
      '分公司（分公司角色必填；分公司经理默认本分公司）· Branch, for branch roles; a branch manager’s own by default.',
  })
  branch?: string | null;
}

@InputType('UpdateUserInput', {
  description: '用户变更（只填要改的）· A change of a user; give only what changes.',
})
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: '新角色 · New role.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: '新分公司 · New branch.' })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: '新姓名 · New display name.' })
  displayName?: string | null;
}

@ObjectType('UserWithPassword', {
  description: '用户及其一次性密码（只显示这一次）· A user and their one-time password, shown this once.',
})
export class UserWithPasswordType {
  @Field(() => UserType, { description: '用户 · The user.' })
  user!: UserType;

  @Field(() => String, {
    description:
      '一次性密码：首次登录后须立即修改；不保存、不记录 · One-time password: to be changed at the next sign-in; never stored in clear nor logged.',
  })
  oneTimePassword!: string;
}
