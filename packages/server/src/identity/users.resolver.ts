import { mayManageUser } from '@cornerstone/shared/auth/user-rules';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { rowIdOf } from '../platform/graphql/node.ts';
import { toUserType, UserType } from './auth.types.ts';
import type { Context } from './context.ts';
import { Allowed } from './guard.ts';
import {
  CreateUserInput,
  UpdateUserInput,
  UserConnectionType,
  UsersFilterInput,
  UserWithPasswordType,
} from './users.types.ts';
import {
  changeOwnPassword,
  createUser,
  deactivateUser,
  reactivateUser,
  resetPassword,
  updateUser,
} from './users-admin.service.ts';
import { usersPage } from './users-list.service.ts';

const ID_ARG = {
  description: '用户的全局编号（也接受数字编号）· The user’s global id (a bare row id also works).',
};

const actorOf = (ctx: Context) => ({
  user: ctx.user!,
  ip: ctx.ip,
  requestId: ctx.requestId,
  token: ctx.token,
});
const idOf = (id: string) => {
  const key = rowIdOf('User', id);
  return key === null ? null : Number(key);
};

// User administration (docs/admin-guide.md, Users): administrators for everyone, branch managers for
// their own branch's account managers and operations staff (the services check which user).
@Resolver()
export class UsersResolver {
  @Allowed('manageUsers')
  @Query(() => UserConnectionType, {
    description:
      '用户（分页，按登录名；分公司经理只见本分公司的客户经理与运维）· Users, a page at a time, by login; a branch manager sees their branch’s account managers and operations staff.',
  })
  usersConnection(
    @Arg('filter', () => UsersFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: UsersFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return usersPage(ctx.em, ctx.user!, filter, pageRequest(page, 'users'));
  }

  @Allowed('manageUsers')
  @Mutation(() => UserWithPasswordType, {
    description:
      '新建用户，返回一次性密码（只显示一次）· Create a user; answers their one-time password, shown once.',
  })
  async createUser(
    @Arg('input', () => CreateUserInput, { description: '新用户 · The user.' }) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserWithPasswordType> {
    const { user, oneTimePassword } = await createUser(ctx.em, actorOf(ctx), input);
    return { user: toUserType(user), oneTimePassword };
  }

  @Allowed('manageUsers')
  @Mutation(() => UserType, {
    description: '变更用户的角色、分公司或姓名 · Change a user’s role, branch or name.',
  })
  async updateUser(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('input', () => UpdateUserInput, { description: '变更 · The change.' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return toUserType(await updateUser(ctx.em, actorOf(ctx), idOf(id), input));
  }

  @Allowed('manageUsers')
  @Mutation(() => UserType, {
    description:
      '停用用户：其会话与令牌立即失效 · Deactivate a user: their sessions and tokens are refused at once.',
  })
  async deactivateUser(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context): Promise<UserType> {
    return toUserType(await deactivateUser(ctx.em, actorOf(ctx), idOf(id)));
  }

  @Allowed('manageUsers')
  @Mutation(() => UserType, { description: '重新启用用户 · Reactivate a user.' })
  async reactivateUser(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context): Promise<UserType> {
    return toUserType(await reactivateUser(ctx.em, actorOf(ctx), idOf(id)));
  }

  @Allowed('manageUsers')
  @Mutation(() => UserWithPasswordType, {
    description:
      '重置密码：生成一次性密码（只显示一次），用户下次登录须修改 · Reset a password: a one-time password, shown once, to be changed at the next sign-in.',
  })
  async resetUserPassword(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Ctx() ctx: Context,
  ): Promise<UserWithPasswordType> {
    const { user, oneTimePassword } = await resetPassword(ctx.em, actorOf(ctx), idOf(id));
    return { user: toUserType(user), oneTimePassword };
  }

  @Authorized()
  @Mutation(() => UserType, {
    description:
      '修改自己的密码（需当前密码）；其他会话随即结束 · Change your own password (the current one first); your other sessions end.',
  })
  async changePassword(
    @Arg('currentPassword', () => String, { description: '当前密码 · Current password.' }) current: string,
    @Arg('newPassword', () => String, { description: '新密码 · New password.' }) next: string,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return toUserType(await changeOwnPassword(ctx.em, actorOf(ctx), current, next));
  }
}

/** Who signed in when is for the user themself and for those who manage them, not for every reader of a merchant's manager. */
@Resolver(() => UserType)
export class UserLastSignInResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description:
      '最近登录时间（仅本人及其管理者可见）· The last successful sign-in; null unless it is you or a user you manage.',
  })
  lastSignInAt(@Root() u: UserType, @Ctx() ctx: Context): Date | null {
    const me = ctx.user;
    if (!me) return null;
    const mine = me.login === u.login;
    const managed = mayManageUser({ role: me.role, branch: me.branch?.name ?? null }, u);
    return mine || managed ? u.lastSignInAt : null;
  }
}
