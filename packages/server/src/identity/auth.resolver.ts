import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '../platform/graphql/errors.ts';
import { LOGIN_LIMITS } from './audit/audit.service.ts';
import { revokeToken, signIn } from './auth.service.ts';
import { AuthPayload, toUserType, UserType } from './auth.types.ts';
import type { Context } from './context.ts';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description: '登录，返回访问令牌 · Sign in; returns a short-lived bearer token.',
  })
  async login(
    @Arg('login', () => String, { description: '登录名 · Login name.' }) loginName: string,
    @Arg('password', () => String, { description: '密码 · Password.' }) password: string,
    @Arg('cookie', () => Boolean, {
      defaultValue: false,
      description:
        '网页会话：令牌只放入 HttpOnly Cookie，返回的 token 为空串 · Web session: the token goes only into an HttpOnly cookie and `token` is empty.',
    })
    cookie: boolean,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const attempt = await signIn(ctx.em, {
      login: loginName,
      password,
      ttlMinutes: ctx.config.tokenTtlMinutes,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if (attempt.kind === 'throttled')
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many failed sign-ins; try again in ${LOGIN_LIMITS.windowMinutes} minutes`,
      );
    // One message for both cases: a caller cannot probe which logins exist.
    if (attempt.kind === 'refused') throw new AppError('UNAUTHENTICATED', 'Wrong login or password');
    const { token, user } = attempt;
    if (cookie) {
      ctx.sessionCookie(token, ctx.config.tokenTtlMinutes * 60_000);
      return { token: '', user: toUserType(user) };
    }
    return { token, user: toUserType(user) };
  }

  @Mutation(() => Boolean, { description: '注销当前令牌，立即生效 · Revoke the current token at once.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    ctx.sessionCookie(null);
    return ctx.token ? revokeToken(ctx.em, ctx.token) : false;
  }

  @Query(() => UserType, { nullable: true, description: '当前登录用户 · The signed-in user, or null.' })
  me(@Ctx() ctx: Context): UserType | null {
    return ctx.user ? toUserType(ctx.user) : null;
  }
}
