import { isValidDate } from '@cornerstone/shared/period/period';
import type { BenchmarkResult } from '@cornerstone/shared/value/benchmark';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  createEvent,
  eventById,
  invitationsOf,
  inviteSegment,
  listEvents,
  recordAttendance,
  respond,
} from '../event/events.service.ts';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { loadMerchantById } from '../merchant/merchant.service.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import {
  acceptance,
  catalogue,
  heldBy,
  recommendationWork as listRecommendationWork,
  merchantBenchmark,
  recommendationsFor,
  recordOffer,
  saveProduct,
} from './value.service.ts';

@ObjectType('Product', { description: '增值产品（目录为数据）· A value-added product of the catalogue.' })
class ProductType {
  @Field(() => String, { description: '代码 · Code.' })
  code!: string;

  @Field(() => String, { description: '中文名称 · Chinese name.' })
  nameZh!: string;

  @Field(() => String, { description: '英文名称 · English name.' })
  nameEn!: string;

  @Field(() => String, { description: '推荐理由（中文）· Why it is offered, Chinese.' })
  reasonZh!: string;

  @Field(() => String, { description: '推荐理由（英文）· Why it is offered, English.' })
  reasonEn!: string;

  @Field(() => String, { description: '适用条件（JSON）· Eligibility rule as JSON.' })
  rule!: string;

  @Field(() => Int, { description: '再次推荐的冷却期（天）· Cool-down before it is offered again, days.' })
  cooldownDays!: number;
}

@ObjectType('Recommendation', {
  description: '个性化推荐 · A product recommended to a merchant, with its reasons.',
})
class RecommendationType {
  @Field(() => ProductType, { description: '产品 · The product.' })
  product!: ProductType;

  @Field(() => Float, {
    description: '得分 0..1（匹配度与同类采用率各半）· Score 0..1: half fit, half peer adoption.',
  })
  score!: number;

  @Field(() => Float, { description: '匹配度 0..1 · Fit to the profile, 0..1.' })
  fit!: number;

  @Field(() => Float, { description: '同类商户采用率 0..1 · Share of similar merchants holding it.' })
  peerAdoption!: number;

  @Field(() => [String], { description: '理由（中文）· Reasons in Chinese.' })
  reasonsZh!: string[];

  @Field(() => [String], { description: '理由（英文）· Reasons in English.' })
  reasonsEn!: string[];
}

@ObjectType('ProductOffer', { description: '一次产品推荐记录 · One offer of a product.' })
class ProductOfferType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  @Field(() => String, { description: '产品代码 · Product code.' })
  product!: string;

  @Field(() => String, { description: '结果：offered、accepted、declined · Outcome.' })
  outcome!: string;

  @Field(() => String, { description: '日期 · Day offered.' })
  offeredOn!: string;

  @Field(() => String, { description: '经办人 · Staff member.' })
  staff!: string;
}

@ObjectType('ProductAcceptance', {
  description: '产品推荐采纳率 · Offers and acceptance of a product in a branch.',
})
class ProductAcceptanceType {
  @Field(() => String, { description: '产品代码 · Product.' })
  product!: string;

  @Field(() => String, { description: '分公司 · Branch.' })
  branch!: string;

  @Field(() => Int, { description: '推荐次数 · Offers.' })
  offers!: number;

  @Field(() => Int, { description: '接受 · Accepted.' })
  accepted!: number;

  @Field(() => Int, { description: '拒绝 · Declined.' })
  declined!: number;

  @Field(() => Float, {
    nullable: true,
    description: '采纳率 0..1（已决定的）· Acceptance rate of decided offers.',
  })
  rate!: number | null;
}

@ObjectType('BenchmarkMetric', { description: '同业对标的一项 · One metric against the peers.' })
class BenchmarkMetricType {
  @Field(() => String, {
    description:
      '指标：amount 交易额（元）、ticket 笔均（元）、growth 增长率、feeRate 费率 · amount (yuan), ticket (yuan), growth (share), feeRate (share).',
  })
  metric!: string;

  @Field(() => Float, { nullable: true, description: '本商户的值 · The merchant’s value.' })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '百分位 0..1：不高于本商户的同业占比 · Share of peers at or below the merchant.',
  })
  percentile!: number | null;

  @Field(() => Float, { nullable: true, description: '同业中位数 · Peers’ median.' })
  peerMedian!: number | null;
}

@ObjectType('Benchmark', {
  description: '商户行业信息：同类同分公司对标 · Peer benchmark: same category and branch.',
})
class BenchmarkType {
  @Field(() => String, { description: '期间 · Period.' })
  period!: string;

  @Field(() => Int, { description: '同业商户数（不含本户）· Number of peers, the merchant left out.' })
  peers!: number;

  @Field(() => [BenchmarkMetricType], { description: '各项指标 · The metrics.' })
  metrics!: BenchmarkResult[];

  @Field(() => Float, {
    nullable: true,
    description: '本类别全公司平均费率 · The category’s fee rate across the company.',
  })
  categoryFeeRate!: number | null;
}

@ObjectType('CustomerEvent', {
  description: '客户活动：讲座、培训、联谊、重要客户俱乐部 · A customer event.',
})
class CustomerEventType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: number;

  @Field(() => String, { description: '类型：seminar、training、customer_event、club · Kind.' })
  kind!: string;

  @Field(() => String, { description: '名称 · Title.' })
  title!: string;

  @Field(() => Date, { description: '开始时间 · Starts.' })
  startsAt!: Date;

  @Field(() => String, { nullable: true, description: '地点 · Location.' })
  location!: string | null;

  @Field(() => String, { description: '邀请范围（JSON）· Invited segment as JSON.' })
  segment!: string;

  @Field(() => String, { description: '组织者 · Organiser.' })
  createdBy!: string;

  @Field(() => Int, { description: '已邀请 · Invited.' })
  invited!: number;

  @Field(() => Int, { description: '确认参加 · Said yes.' })
  accepted!: number;

  @Field(() => Int, { description: '实际到场 · Attended.' })
  attended!: number;
}

@ObjectType('EventInvitation', { description: '活动邀请 · One merchant’s invitation to an event.' })
class EventInvitationType {
  @Field(() => String, { description: '商户号 · MID.' })
  mid!: string;

  @Field(() => String, { description: '商户名称 · Merchant name.' })
  name!: string;

  @Field(() => String, { description: '回复：pending、yes、no · Reply.' })
  rsvp!: string;

  @Field(() => Date, { description: '邀请时间 · Invited.' })
  invitedAt!: Date;

  @Field(() => Date, { nullable: true, description: '到场时间 · Attended.' })
  attendedAt!: Date | null;
}

@InputType('EventSegmentInput', { description: '邀请范围 · The segment to invite.' })
class EventSegmentInput {
  @Field(() => String, { nullable: true, description: '分级 · Tier.' })
  tier?: string | null;

  @Field(() => String, { nullable: true, description: '分公司 · Branch.' })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: '类别代码 · Category code.' })
  category?: string | null;

  @Field(() => Boolean, { nullable: true, description: '有升级潜力 · With upgrade potential.' })
  potential?: boolean | null;
}

@InputType('CustomerEventInput', { description: '新活动 · A new event.' })
class CustomerEventInput {
  @Field(() => String, { description: '类型 · Kind.' })
  kind!: string;

  @Field(() => String, { description: '名称 · Title.' })
  title!: string;

  @Field(() => Date, { description: '开始时间 · Starts.' })
  startsAt!: Date;

  @Field(() => String, { nullable: true, description: '地点 · Location.' })
  location?: string | null;

  @Field(() => EventSegmentInput, { nullable: true, description: '邀请范围 · Segment.' })
  segment?: EventSegmentInput | null;
}

@ObjectType('InvitationRun', { description: '发送邀请的结果 · What sending invitations did.' })
class InvitationRunType {
  @Field(() => Int, { description: '本次邀请 · Invited now.' })
  invited!: number;

  @Field(() => Int, { description: '此前已邀请 · Invited before.' })
  alreadyInvited!: number;
}

const toProduct = (p: Awaited<ReturnType<typeof catalogue>>[number]): ProductType => ({
  ...p,
  rule: JSON.stringify(p.rule),
});

@InputType('ProductInput', { description: '目录中的产品 · A catalogue product to add or change.' })
class ProductInput {
  @Field(() => String, { description: '代码 · Code.' })
  code!: string;

  @Field(() => String, { description: '中文名称 · Chinese name.' })
  nameZh!: string;

  @Field(() => String, { description: '英文名称 · English name.' })
  nameEn!: string;

  @Field(() => String, { description: '推荐理由（中文）· Reason, Chinese.' })
  reasonZh!: string;

  @Field(() => String, { description: '推荐理由（英文）· Reason, English.' })
  reasonEn!: string;

  @Field(() => String, {
    description:
      '适用条件 JSON：categories、tiers、minMonthlyAmount、maxMonthlyAmount（元）、minTenureMonths、statuses、preferTiers · Eligibility rule as JSON.',
  })
  rule!: string;

  @Field(() => Int, { description: '冷却期（天）· Cool-down, days.' })
  cooldownDays!: number;

  @Field(() => Boolean, { defaultValue: true, description: '是否推荐 · Offered at all.' })
  active!: boolean;
}

@ObjectType('RecommendationTask', {
  description: '产品推荐待办（重要客户与有潜力客户）· A product follow-up for a key or potential customer.',
})
class RecommendationTaskType {
  @Field(() => MerchantType, { description: '商户 · The merchant.' })
  merchant!: Merchant;

  @Field(() => RecommendationType, { description: '最合适的推荐 · Its best recommendation.' })
  top!: RecommendationType;
}

@Resolver()
export class ValueResolver {
  @Authorized()
  @Query(() => [RecommendationTaskType], {
    description:
      '我的产品推荐待办：90 天内未推荐过的重要/潜力客户 · Key and potential customers with nothing offered in 90 days, best first.',
  })
  async recommendationWork(
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..50 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<RecommendationTaskType[]> {
    if (!Number.isInteger(first) || first < 1 || first > 50)
      throw new AppError('BAD_USER_INPUT', 'first: between 1 and 50', { field: 'first' });
    const rows = await listRecommendationWork(ctx.em, ctx.user!, first, (id) =>
      loadMerchantById(ctx.em, ctx.loaders, id),
    );
    return rows.map((r) => ({ merchant: r.merchant, top: { ...r.top, product: toProduct(r.top.product) } }));
  }

  @Authorized()
  @Query(() => [ProductType], { description: '增值产品目录 · The product catalogue.' })
  async products(@Ctx() ctx: Context) {
    return (await catalogue(ctx.em)).map(toProduct);
  }

  @Authorized()
  @Query(() => [ProductAcceptanceType], {
    description: '产品推荐采纳率 · Acceptance of offers by product and branch.',
  })
  productAcceptance(
    @Arg('from', () => String, { description: '起始日 · From, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: '截止日 · To, YYYY-MM-DD.' }) to: string,
    @Ctx() ctx: Context,
  ) {
    if (!isValidDate(from) || !isValidDate(to))
      throw new AppError('BAD_USER_INPUT', 'from, to: dates YYYY-MM-DD', {
        field: isValidDate(from) ? 'to' : 'from',
      });
    return acceptance(ctx.em, ctx.user!, from, to);
  }

  @Authorized('admin')
  @Mutation(() => ProductType, {
    description: '新增或修改目录产品（管理员）· Add or change a catalogue product.',
  })
  async saveProduct(
    @Arg('input', () => ProductInput, { description: '产品 · The product.' }) input: ProductInput,
    @Ctx() ctx: Context,
  ) {
    return toProduct(await saveProduct(ctx.em, input));
  }

  @Authorized('admin', 'branch_manager', 'account_manager')
  @Mutation(() => ProductOfferType, {
    description: '记录产品推荐及结果（接受即开通）· Record an offer and its outcome; accepted means held.',
  })
  recordProductOffer(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('product', () => String, { description: '产品代码 · Product code.' }) product: string,
    @Arg('outcome', () => String, { description: '结果：offered、accepted、declined · Outcome.' })
    outcome: string,
    @Arg('note', () => String, { nullable: true, description: '备注 · Note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return recordOffer(ctx.em, ctx.user!, { mid, product, outcome, note });
  }

  @Authorized()
  @Query(() => [CustomerEventType], { description: '客户活动 · Customer events, newest first.' })
  customerEvents(@Ctx() ctx: Context) {
    return listEvents(ctx.em, ctx.user!);
  }

  @Authorized('admin', 'branch_manager')
  @Mutation(() => CustomerEventType, { description: '创建客户活动 · Create a customer event.' })
  createCustomerEvent(
    @Arg('input', () => CustomerEventInput, { description: '活动 · The event.' }) input: CustomerEventInput,
    @Ctx() ctx: Context,
  ) {
    return createEvent(ctx.em, ctx.user!, input);
  }

  @Authorized('admin', 'branch_manager')
  @Mutation(() => InvitationRunType, {
    description: '邀请活动范围内的商户（每户只邀请一次）· Invite the event’s segment; each merchant once.',
  })
  inviteToEvent(
    @Arg('eventId', () => Int, { description: '活动 · Event.' }) eventId: number,
    @Ctx() ctx: Context,
  ) {
    return inviteSegment(ctx.em, ctx.user!, eventId);
  }

  @Authorized('admin', 'branch_manager', 'account_manager')
  @Mutation(() => Boolean, { description: '记录回复 · Record a merchant’s reply (yes or no).' })
  respondToInvitation(
    @Arg('eventId', () => Int, { description: '活动 · Event.' }) eventId: number,
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('rsvp', () => String, { description: 'yes 或 no · yes or no.' }) rsvp: string,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx.em, ctx.user!, eventId, mid, rsvp);
  }

  @Authorized('admin', 'branch_manager', 'account_manager')
  @Mutation(() => ID, {
    description: '记录到场（记为一次培训/座谈联系）· Record attendance; it becomes a training interaction.',
  })
  recordEventAttendance(
    @Arg('eventId', () => Int, { description: '活动 · Event.' }) eventId: number,
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Ctx() ctx: Context,
  ) {
    return recordAttendance(ctx.em, ctx.user!, eventId, mid);
  }

  @Authorized()
  @Query(() => CustomerEventType, {
    nullable: true,
    description: '按编号查询活动 · An event by id; null when unknown or outside your scope.',
  })
  customerEvent(@Arg('id', () => Int, { description: '编号 · Id.' }) id: number, @Ctx() ctx: Context) {
    return eventById(ctx.em, ctx.user!, id);
  }
}

@Resolver(() => CustomerEventType)
export class CustomerEventResolver {
  @FieldResolver(() => [EventInvitationType], {
    description: '邀请（您可见范围内，至多 500）· Invitations in your scope, by MID (at most 500).',
  })
  invitations(@Root() e: CustomerEventType, @Ctx() ctx: Context) {
    return invitationsOf(ctx.em, ctx.user!, e.id);
  }
}

@Resolver(() => MerchantType)
export class MerchantValueResolver {
  @FieldResolver(() => [RecommendationType], {
    description: '个性化推荐，最合适的在前 · Recommended products, best first, with reasons.',
  })
  async recommendations(@Root() m: Merchant, @Ctx() ctx: Context): Promise<RecommendationType[]> {
    return (await recommendationsFor(ctx.em, m)).map((r) => ({ ...r, product: toProduct(r.product) }));
  }

  @FieldResolver(() => [String], { description: '已开通的产品代码 · Codes of the products it holds.' })
  async products(@Root() m: Merchant, @Ctx() ctx: Context): Promise<string[]> {
    return [...(await heldBy(ctx.em, m.id))].sort();
  }

  @FieldResolver(() => BenchmarkType, {
    description: '同业对标（同类别、同分公司）· Peer benchmark in the same category and branch.',
  })
  benchmark(
    @Root() m: Merchant,
    @Arg('period', () => String, { description: '期间 · Period.' }) period: string,
    @Ctx() ctx: Context,
  ) {
    return merchantBenchmark(ctx.em, m, parsePeriodArg(period));
  }
}
