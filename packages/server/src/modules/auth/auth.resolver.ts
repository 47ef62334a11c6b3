import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { AppError } from '../../graphql/errors.ts';
import { audit, LOGIN_LIMITS, loginThrottled } from '../audit/audit.service.ts';
import { login, revokeToken } from './auth.service.ts';
import { AuthPayload, UserType } from './auth.types.ts';
import type { AppUser } from './user.entity.ts';

export function toUserType(u: AppUser): UserType {
  return { login: u.login, displayName: u.displayName, role: u.role, branch: u.branch?.name ?? null };
}

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
    const entry = {
      action: 'login',
      target: `login:${loginName.slice(0, 64)}`,
      ip: ctx.ip,
      requestId: ctx.requestId,
    };
    if (await loginThrottled(ctx.em, loginName, ctx.ip)) {
      await audit(ctx.em, { ...entry, actor: null, outcome: 'denied', detail: { reason: 'throttled' } });
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many failed sign-ins; try again in ${LOGIN_LIMITS.windowMinutes} minutes`,
      );
    }
    let signedIn: Awaited<ReturnType<typeof login>>;
    try {
      signedIn = await login(ctx.em, loginName, password, ctx.config.tokenTtlMinutes);
    } catch (err) {
      await audit(ctx.em, {
        ...entry,
        actor: null,
        outcome: 'denied',
        detail: { reason: 'wrong login or password' },
      });
      throw err;
    }
    const { token, user } = signedIn;
    await audit(ctx.em, { ...entry, actor: user.login, role: user.role, outcome: 'ok' });
    await ctx.em.populate(user, ['branch']);
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
