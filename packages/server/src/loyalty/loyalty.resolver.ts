import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { AppError, InputCheck, problemError } from '../platform/graphql/errors.ts';
import { approverFor, balances, postEntry, reverseEntry } from './loyalty.service.ts';
import { entriesPage, latestEntries, PointsEntryConnectionType, PointsEntryType } from './points-ledger.ts';

@ObjectType('PointsAccount', { description: '积分账户 · A merchant’s loyalty points account (积分).' })
class PointsAccountType {
  merchantId!: number;

  @Field(() => Int, {
    description:
      '余额（点）= 全部流水之和，永不为负 · Balance in points: the sum of all entries, never negative.',
  })
  balance!: number;
}

@ObjectType('PointsPosting', { description: '一次记账的结果 · The result of a posting.' })
class PointsPostingType {
  @Field(() => String, { description: '流水号 · Entry id.' })
  entryId!: string;

  @Field(() => Int, { description: '积分 · Points posted.' })
  points!: number;

  @Field(() => Int, { description: '记账后余额 · Balance after.' })
  balanceAfter!: number;

  @Field(() => Boolean, {
    description: '是否为同一幂等键的重放 · True when this answered a replay of the same idempotency key.',
  })
  replayed!: boolean;
}

async function merchantOrFail(ctx: Context, mid: string) {
  const m = await findMerchant(ctx.em, ctx.user!, mid);
  if (!m) throw problemError('mid', 'merchant.notFound', { mid });
  return m;
}

@Resolver(() => MerchantType)
export class LoyaltyResolver {
  @FieldResolver(() => PointsAccountType, { description: '积分账户 · Loyalty points account.' })
  points(@Root() m: Merchant): PointsAccountType {
    return { merchantId: m.id, balance: 0 };
  }

  @Allowed('redeemPoints')
  @Mutation(() => PointsPostingType, { description: '兑换积分（幂等）· Redeem points; idempotent by key.' })
  async redeemPoints(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('points', () => Int, { description: '兑换点数（正数）· Points to redeem (positive).' })
    points: number,
    @Arg('reason', () => String, { description: '兑换内容 · What the points are exchanged for.' })
    reason: string,
    @Arg('idempotencyKey', () => String, {
      description: '幂等键：重试时使用同一个 · Idempotency key; reuse it when retrying.',
    })
    key: string,
    @Ctx() ctx: Context,
  ) {
    new InputCheck()
      .require(Number.isInteger(points) && points > 0, 'points', 'number.positiveWhole')
      .require(reason.trim().length > 0, 'reason', 'points.reasonMissing')
      .throwIfAny();
    const m = await merchantOrFail(ctx, mid);
    return postEntry(ctx.em, {
      merchantId: m.id,
      kind: 'redemption',
      points: -BigInt(points),
      source: `redemption:${key}`,
      actor: ctx.user!.login,
      reason,
      key: `redemption:${key}`,
    });
  }

  @Allowed('administer')
  @Mutation(() => PointsPostingType, {
    description: '冲正一笔积分流水（每笔只能冲正一次）· Reverse one entry; each entry can be reversed once.',
  })
  async reversePointsEntry(
    @Arg('entryId', () => String, { description: '流水号 · Entry id.' }) entryId: string,
    @Arg('reason', () => String, { description: '原因 · Reason.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    if (!reason.trim())
      throw new AppError('BAD_USER_INPUT', 'reason: required for a reversal', { field: 'reason' });
    return reverseEntry(ctx.em, entryId, ctx.user!.login, reason);
  }

  @Allowed('administer')
  @Mutation(() => PointsPostingType, {
    description: '人工调整积分（需原因与审批人）· Manual adjustment with reason and approver.',
  })
  async adjustPoints(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('points', () => Int, { description: '调整点数（可为负）· Points to add (negative to take away).' })
    points: number,
    @Arg('reason', () => String, { description: '原因 · Reason.' }) reason: string,
    @Arg('approver', () => String, {
      description:
        '审批人登录名：在职的管理员或该商户分公司的经理，不能是本人 · Approver’s login: an active administrator, or a branch manager of the merchant’s branch; not your own.',
    })
    approver: string,
    @Arg('idempotencyKey', () => String, { description: '幂等键 · Idempotency key.' }) key: string,
    @Ctx() ctx: Context,
  ) {
    if (!Number.isInteger(points) || points === 0)
      throw new AppError('BAD_USER_INPUT', 'points: a non-zero whole number', { field: 'points' });
    if (!reason.trim())
      throw new AppError('BAD_USER_INPUT', 'reason: required for an adjustment', { field: 'reason' });
    const m = await merchantOrFail(ctx, mid);
    const approvedBy = await approverFor(ctx.em, approver.trim(), m.branch?.id ?? null, ctx.user!);
    if (!approvedBy)
      throw new AppError(
        'BAD_USER_INPUT',
        'approver: the login of an active administrator, or of a branch manager of the merchant’s branch, other than yourself',
        { field: 'approver' },
      );
    return postEntry(ctx.em, {
      merchantId: m.id,
      kind: 'adjustment',
      points: BigInt(points),
      source: 'manual adjustment',
      actor: ctx.user!.login,
      reason,
      approver: approvedBy,
      key: `adjustment:${key}`,
    });
  }
}

@Resolver(() => PointsAccountType)
export class PointsAccountResolver {
  @FieldResolver(() => Int, { description: '余额（点）· Balance in points.' })
  async balance(@Root() a: PointsAccountType, @Ctx() ctx: Context): Promise<number> {
    const loader = ctx.loaders.get<number>(
      'points-balance',
      async (ids) => new Map([...(await balances(ctx.em, ids.map(Number)))].map(([k, v]) => [String(k), v])),
      0,
    );
    return loader.load(String(a.merchantId));
  }

  @FieldResolver(() => PointsEntryConnectionType, {
    description: '积分流水（分页，最新在前）· Statement, a page at a time, newest first.',
  })
  entriesConnection(@Root() a: PointsAccountType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return entriesPage(ctx.em, a.merchantId, pageRequest(page, 'pointsEntries'));
  }

  @FieldResolver(() => [PointsEntryType], {
    description: '积分流水，最新在前 · Statement, newest first.',
    deprecationReason:
      'Use entriesConnection, which pages both ways and counts; entries stops at 100 (first above 100 answers 100).',
  })
  entries(
    @Root() a: PointsAccountType,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..100 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<PointsEntryType[]> {
    return latestEntries(ctx.em, a.merchantId, first);
  }
}
