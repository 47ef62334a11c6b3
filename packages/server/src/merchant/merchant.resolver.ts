import { CATEGORIES, listRateDiscount } from '@cornerstone/shared/merchant/category';
import { formatRate, parseRate } from '@cornerstone/shared/money/money';
import { maskMobile } from '@cornerstone/shared/privacy/mask';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { toUserType, UserType } from '../identity/auth.types.ts';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { globalId } from '../platform/graphql/node.ts';
import { Merchant } from './merchant.entity.ts';
import { MerchantFilter } from './merchant.inputs.ts';
import { findMerchant, listMerchants } from './merchant.service.ts';
import {
  FeePlanType,
  MerchantChangeType,
  MerchantConnectionType,
  MerchantContactType,
  MerchantOrderField,
  MerchantType,
  OrderDirection,
} from './merchant.types.ts';
import { MerchantChangeConnectionType, merchantChangesPage } from './merchant-changes.ts';
import { createMerchant } from './merchant-create.service.ts';
import { CreateMerchantInput, UpdateMerchantInput } from './merchant-edit.inputs.ts';
import { setMerchantStatus } from './merchant-status.ts';
import { updateMerchant } from './merchant-update.service.ts';

const categoryDef = (code: string) => CATEGORIES.find((c) => c.code === code);

@Resolver(() => MerchantType)
export class MerchantResolver {
  @Allowed('manageMerchants')
  @Mutation(() => MerchantType, {
    description:
      '变更商户状态（记入变更历史并发出 merchant.status_changed 事件）· Change a merchant’s status, with a reason.',
  })
  setMerchantStatus(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('status', () => String, {
      description: '新状态：onboarding、active、dormant、churned、terminated · New status.',
    })
    status: string,
    @Arg('reason', () => String, { description: '原因 · Why.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return setMerchantStatus(ctx.em, ctx.user!, mid, status, reason);
  }

  @Allowed('manageMerchants')
  @Mutation(() => MerchantType, {
    description:
      '新建商户（与导入同一套校验，记入变更历史）· Create a merchant, checked as a merchants.csv row is; recorded in its history.',
  })
  createMerchant(
    @Arg('input', () => CreateMerchantInput, { description: '新商户 · The new merchant.' })
    input: CreateMerchantInput,
    @Ctx() ctx: Context,
  ) {
    return createMerchant(ctx.em, ctx.user!, input);
  }

  @Allowed('manageMerchants')
  @Mutation(() => MerchantType, {
    description:
      '修改商户（与导入同一套校验；旧值 → 新值记入变更历史，手机号脱敏）· Change a merchant, checked as a merchants.csv row is; old → new in its history, the mobile masked.',
  })
  updateMerchant(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('input', () => UpdateMerchantInput, { description: '要改的字段 · The fields to change.' })
    input: UpdateMerchantInput,
    @Ctx() ctx: Context,
  ) {
    return updateMerchant(ctx.em, ctx.user!, mid, input);
  }

  @Authorized()
  @Query(() => MerchantType, {
    nullable: true,
    description: '按商户号查询商户 · A merchant by MID; null when unknown or outside your scope.',
  })
  merchant(
    @Arg('mid', () => String, { description: '商户号（15 位）· Merchant number (15 digits).' }) mid: string,
    @Ctx() ctx: Context,
  ): Promise<Merchant | null> {
    return findMerchant(ctx.em, ctx.user!, mid);
  }

  @Authorized()
  @Query(() => MerchantConnectionType, {
    description:
      '商户列表（分页，默认按商户号排序）· Merchants matching a filter, a page at a time, in the order asked for (MID by default). Page with cursors (first/after, last/before) or by number: page N of size S is first: S, offset: (N−1)·S; either way the edges’ cursors continue from there.',
  })
  async merchants(
    @Arg('filter', () => MerchantFilter, { nullable: true, description: '筛选条件 · Filter.' })
    filter: MerchantFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => MerchantOrderField, {
      defaultValue: MerchantOrderField.MID,
      description:
        '排序字段（相同时按商户内部编号）· What to order by; ties broken on the merchant’s id. Cursors belong to one order and period.',
    })
    orderBy: MerchantOrderField,
    @Arg('direction', () => OrderDirection, {
      defaultValue: OrderDirection.ASC,
      description:
        '排序方向；无值的（未联系、未估值、未分级）总在最后 · Direction; rows without a value always come last.',
    })
    direction: OrderDirection,
    @Arg('period', () => String, {
      nullable: true,
      description:
        '按利润或分级排序所依据的期间，如 2026-10 · Period of PROFIT and TIER orders, e.g. 2026-10.',
    })
    period: string | null,
    @Arg('offset', () => Int, {
      nullable: true,
      description:
        '按页码翻页：跳过前 offset 个商户（与 first 同用，不与游标或 last 同用）· Page by number: skip this many merchants (with first; not with a cursor or last). Page N of size S: offset (N−1)·S.',
    })
    offset: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listMerchants(
      ctx.em,
      ctx.user!,
      filter,
      page,
      { field: orderBy, direction, period },
      offset,
      info,
    );
  }

  @FieldResolver(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
  id(@Root() m: Merchant): string {
    return globalId('Merchant', m.mid);
  }

  @FieldResolver(() => String, {
    description:
      '商户类型代码：general、wholesale、dining、auto_realty、livelihood、public_welfare · Category code.',
  })
  category(@Root() m: Merchant): string {
    return m.category.code;
  }

  @FieldResolver(() => String, {
    description: '商户类型名称（中文）· Category name in Chinese, e.g. 餐娱类.',
  })
  categoryName(@Root() m: Merchant): string {
    return categoryDef(m.category.code)?.zh ?? m.category.code;
  }

  @FieldResolver(() => String, { description: '所属分公司 · Branch name.' })
  branch(@Root() m: Merchant): string {
    return m.branch.name;
  }

  @FieldResolver(() => UserType, { description: '客户经理 · The owning account manager.' })
  manager(@Root() m: Merchant): UserType {
    return toUserType(m.manager);
  }

  @FieldResolver(() => FeePlanType, {
    description: '费率方案与扣率优惠 · Fee plan with its discount against the list rate.',
  })
  feePlan(@Root() m: Merchant): FeePlanType {
    const rate = parseRate(m.rate);
    const def = categoryDef(m.category.code);
    return {
      kind: m.feePlan,
      rate: formatRate(rate),
      cap: m.cap,
      listRate: def ? formatRate(def.listRate) : '0',
      discount: formatRate(listRateDiscount(rate, m.category.code as never)),
    };
  }

  @FieldResolver(() => MerchantContactType, { description: '联系人（脱敏）· Contact, masked.' })
  contact(@Root() m: Merchant): MerchantContactType {
    return { name: m.contactName, mobile: maskMobile(m.contactMobile), verifiedOn: m.contactVerifiedOn };
  }

  @FieldResolver(() => MerchantChangeConnectionType, {
    description: '变更历史（分页，最新在前）· Change history, a page at a time, newest first.',
  })
  changesConnection(@Root() m: Merchant, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return merchantChangesPage(ctx.em, m.id, pageRequest(page, 'merchantChanges'));
  }

  @FieldResolver(() => [MerchantChangeType], {
    description: '变更历史，最新在前 · Change history, newest first.',
    deprecationReason:
      'Use changesConnection, which pages both ways and counts; changes stops at 200 (first above 200 answers 200).',
  })
  async changes(
    @Root() m: Merchant,
    @Arg('first', () => Int, { defaultValue: 50, description: '最多返回条数 · At most this many.' })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<MerchantChangeType[]> {
    // The first page of changesConnection, as plain rows (up to 200, its own old limit; no count).
    const size = Math.min(Math.max(first, 1), 200);
    const page = await merchantChangesPage(ctx.em, m.id, {
      size,
      backward: false,
      cursor: null,
      list: 'merchantChanges',
      count: false,
    });
    return page.edges.map((e) => e.node);
  }
}
