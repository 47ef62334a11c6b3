import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { audit } from '../identity/audit/audit.service.ts';
import type { Context } from '../identity/context.ts';
import { MerchantFilter } from './merchant.inputs.ts';
import { type MoveResult, moveMerchants } from './portfolio-move.service.ts';

@InputType('MoveMerchantsInput', {
  description:
    '客户移交：商户号或筛选条件二选一 · Merchants to move, by MID or by a merchant-list filter (exactly one).',
})
class MoveMerchantsInput {
  @Field(() => [String], { nullable: true, description: '商户号 · MIDs.' })
  mids?: string[] | null;

  @Field(() => MerchantFilter, {
    nullable: true,
    description: '与商户列表相同的筛选条件 · The filter the merchant list takes: every merchant it matches.',
  })
  filter?: MerchantFilter | null;

  @Field(() => String, { description: '接手的客户经理登录名 · Login of the account manager taking them.' })
  to!: string;
}

@ObjectType('MoveTarget', { description: '接手的客户经理 · The account manager who took the merchants.' })
class MoveTargetType {
  @Field(() => String, { description: '登录名 · Login.' })
  login!: string;

  @Field(() => String, { description: '姓名 · Display name.' })
  displayName!: string;
}

@ObjectType('MerchantMove', { description: '客户移交的结果 · What a move of merchants did.' })
class MerchantMoveType {
  @Field(() => Int, { description: '已移交的商户数 · Merchants moved.' })
  moved!: number;

  @Field(() => Int, {
    description: '原本就属于该客户经理、未变动的商户数 · Merchants that were the target’s already.',
  })
  unchanged!: number;

  @Field(() => MoveTargetType, { description: '接手的客户经理 · The target.' })
  to!: MoveTargetType;
}

@Resolver()
export class PortfolioMoveResolver {
  /**
   * Audited here rather than by the plugin: one row per request with the counts (never the MIDs),
   * also when the move is refused, since the role check runs in the service.
   */
  @Authorized()
  @Mutation(() => MerchantMoveType, {
    description:
      '客户移交：把商户（连同待办任务与跟进）移交给同分公司的另一位客户经理；记入变更历史、审计日志并发出 merchant.manager_changed 事件 · Move merchants, with their open tasks and follow-ups, to another account manager of their branch.',
  })
  async moveMerchants(
    @Arg('input', () => MoveMerchantsInput, { description: '移交什么、移交给谁 · Which merchants, to whom.' })
    input: MoveMerchantsInput,
    @Ctx() ctx: Context,
  ): Promise<MoveResult> {
    const user = ctx.user!;
    const entry = {
      actor: user.login,
      role: user.role,
      action: 'mutation:moveMerchants',
      target: `manager:${input.to}`,
      ip: ctx.ip,
      requestId: ctx.requestId,
    };
    const by = input.mids != null ? 'mids' : 'filter';
    try {
      const r = await moveMerchants(ctx.em, user, input);
      await audit(ctx.em, {
        ...entry,
        outcome: 'ok',
        detail: { by, moved: r.moved, unchanged: r.unchanged },
      });
      return r;
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      await audit(ctx.em, {
        ...entry,
        outcome: code === 'FORBIDDEN' ? 'denied' : 'error',
        detail: { by, code },
      });
      throw err;
    }
  }
}
