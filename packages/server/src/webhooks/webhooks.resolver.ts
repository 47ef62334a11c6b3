import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { createApiToken, listApiTokens, revokeApiToken } from '../identity/api-tokens.service.ts';
import type { Context } from '../identity/context.ts';
import {
  deliverDue,
  listDeliveries,
  listSubscriptions,
  replayDelivery,
  subscribe,
  unsubscribe,
} from './webhooks.service.ts';

export enum WebhookEventEnum {
  MERCHANT_TIER_CHANGED = 'merchant.tier_changed',
  MERCHANT_STATUS_CHANGED = 'merchant.status_changed',
  COMPLAINT_SLA_BREACHED = 'complaint.sla_breached',
  POINTS_POSTED = 'points.posted',
  IMPORT_FINISHED = 'import.finished',
}
registerEnumType(WebhookEventEnum, {
  name: 'WebhookEvent',
  description: '可订阅的事件（见 docs/events.md）· Events a webhook can subscribe to (docs/events.md).',
  valuesConfig: {
    MERCHANT_TIER_CHANGED: {
      description: '分级快照中商户层级变化 · A merchant’s tier changed in a snapshot.',
    },
    MERCHANT_STATUS_CHANGED: { description: '商户状态变化 · A merchant’s status changed.' },
    COMPLAINT_SLA_BREACHED: {
      description: '投诉超时并升级 · A complaint breached its SLA and was escalated.',
    },
    POINTS_POSTED: { description: '积分记账（累积、兑换、调整、过期）· A points entry was posted.' },
    IMPORT_FINISHED: { description: '导入结束 · An import finished.' },
  },
});

@ObjectType('ApiToken', {
  description: '集成方 API 令牌（不含令牌本身）· An integrator’s API token (never the token itself).',
})
class ApiTokenType {
  @Field(() => String, { description: '名称 · Name.' })
  name!: string;

  @Field(() => String, { description: '角色 · Role it acts as.' })
  role!: string;

  @Field(() => String, { nullable: true, description: '分公司 · Branch it is scoped to.' })
  branch!: string | null;

  @Field(() => String, { description: '创建人 · Created by.' })
  createdBy!: string;

  @Field(() => Date, { description: '创建时间 · Created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '到期时间 · Expires.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '吊销时间 · Revoked.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '最近使用 · Last used.' })
  lastUsedAt!: Date | null;
}

@ObjectType('CreatedApiToken', { description: '新令牌：只显示这一次 · A new token, shown this once only.' })
class CreatedApiTokenType {
  @Field(() => String, {
    description: '令牌（Authorization: Bearer）· The token, for Authorization: Bearer.',
  })
  token!: string;

  @Field(() => ApiTokenType, { description: '令牌信息 · The token’s record.' })
  apiToken!: ApiTokenType;
}

@InputType('ApiTokenInput', { description: '新 API 令牌 · A new API token.' })
class ApiTokenInput {
  @Field(() => String, { description: '名称（小写字母、数字）· Name, lower-case letters and digits.' })
  name!: string;

  @Field(() => String, { description: '角色（不可为管理员）· Role it acts as; not admin.' })
  role!: string;

  @Field(() => String, { nullable: true, description: '分公司 · Branch, for branch roles.' })
  branch?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '有效天数（默认不过期）· Days until it expires; never by default.',
  })
  expiresInDays?: number | null;
}

@ObjectType('WebhookSubscription', { description: 'Webhook 订阅 · A webhook subscription.' })
class WebhookSubscriptionType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: number;

  @Field(() => String, { description: '接收地址 · Receiver URL.' })
  url!: string;

  @Field(() => [String], { description: '订阅的事件 · Events subscribed to.' })
  events!: string[];

  @Field(() => Boolean, { description: '是否有效 · Active.' })
  active!: boolean;

  @Field(() => String, { description: '创建人 · Created by.' })
  createdBy!: string;

  @Field(() => Date, { description: '创建时间 · Created.' })
  createdAt!: Date;
}

@ObjectType('CreatedWebhookSubscription', {
  description: '新订阅及其签名密钥（只显示这一次）· A new subscription with its signing secret, shown once.',
})
class CreatedWebhookSubscriptionType {
  @Field(() => String, { description: '签名密钥（HMAC-SHA256）· Signing secret for HMAC-SHA256.' })
  secret!: string;

  @Field(() => WebhookSubscriptionType, { description: '订阅 · The subscription.' })
  subscription!: WebhookSubscriptionType;
}

@ObjectType('WebhookDelivery', {
  description: '一次投递（至少一次送达）· One delivery of an event to a subscription.',
})
class WebhookDeliveryType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  @Field(() => Int, { description: '订阅编号 · Subscription id.' })
  subscriptionId!: number;

  @Field(() => ID, { description: '事件编号（接收方据此去重）· Event id; receivers de-duplicate by it.' })
  eventId!: string;

  @Field(() => String, { description: '事件 · Event.' })
  event!: string;

  @Field(() => String, { description: '状态：pending、delivered、failed · Status.' })
  status!: string;

  @Field(() => Int, { description: '已尝试次数 · Attempts so far.' })
  attempts!: number;

  @Field(() => Date, { description: '下次尝试 · Next attempt.' })
  nextAttemptAt!: Date;

  @Field(() => Int, { nullable: true, description: '最近一次 HTTP 状态 · Last HTTP status.' })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true, description: '最近一次错误 · Last error.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: '送达时间 · Delivered.' })
  deliveredAt!: Date | null;

  @Field(() => String, { description: '事件内容（JSON）· The event’s payload as JSON.' })
  payload!: string;
}

@ObjectType('WebhookDeliveryRun', { description: '一轮投递的结果 · What one delivery round did.' })
class WebhookDeliveryRunType {
  @Field(() => Int, { description: '已送达 · Delivered.' })
  delivered!: number;

  @Field(() => Int, { description: '将重试 · To be retried.' })
  retried!: number;

  @Field(() => Int, { description: '已放弃 · Given up.' })
  failed!: number;
}

@Resolver()
export class IntegrationsResolver {
  @Authorized('admin')
  @Query(() => [ApiTokenType], { description: 'API 令牌 · The integrators’ API tokens.' })
  apiTokens(@Ctx() ctx: Context) {
    return listApiTokens(ctx.em);
  }

  @Authorized('admin')
  @Mutation(() => CreatedApiTokenType, {
    description: '创建 API 令牌（只显示一次，仅存哈希）· Create an API token; shown once, stored hashed.',
  })
  async createApiToken(
    @Arg('input', () => ApiTokenInput, { description: '令牌 · The token.' }) input: ApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    const { token, row } = await createApiToken(ctx.em, input, ctx.user!.login);
    return { token, apiToken: row };
  }

  @Authorized('admin')
  @Mutation(() => Boolean, { description: '吊销 API 令牌，立即生效 · Revoke an API token at once.' })
  revokeApiToken(
    @Arg('name', () => String, { description: '名称 · Name.' }) name: string,
    @Ctx() ctx: Context,
  ) {
    return revokeApiToken(ctx.em, name);
  }

  @Authorized('admin')
  @Query(() => [WebhookSubscriptionType], { description: 'Webhook 订阅 · Webhook subscriptions.' })
  webhookSubscriptions(@Ctx() ctx: Context) {
    return listSubscriptions(ctx.em);
  }

  @Authorized('admin')
  @Mutation(() => CreatedWebhookSubscriptionType, {
    description:
      '订阅事件（签名密钥只显示一次）· Subscribe a URL to events; the signing secret is shown once.',
  })
  async subscribeWebhook(
    @Arg('url', () => String, {
      description:
        '接收地址，不得为本机、链路本地或未指定地址 · Receiver URL; not a loopback, link-local or unspecified address.',
    })
    url: string,
    @Arg('events', () => [WebhookEventEnum], { description: '事件 · Events.' }) events: WebhookEventEnum[],
    @Ctx() ctx: Context,
  ) {
    const { secret, ...subscription } = await subscribe(ctx.em, url, events, ctx.user!.login, {
      allowLoopback: ctx.config.webhookAllowLoopback,
    });
    return { secret, subscription };
  }

  @Authorized('admin')
  @Mutation(() => Boolean, { description: '停用订阅 · Deactivate a subscription.' })
  unsubscribeWebhook(@Arg('id', () => Int, { description: '编号 · Id.' }) id: number, @Ctx() ctx: Context) {
    return unsubscribe(ctx.em, id);
  }

  @Authorized('admin')
  @Query(() => [WebhookDeliveryType], { description: '投递记录，最新在前 · The delivery log, newest first.' })
  async webhookDeliveries(
    @Arg('subscriptionId', () => Int, { nullable: true, description: '订阅 · Subscription.' })
    subscriptionId: number | null,
    @Arg('status', () => String, { nullable: true, description: '状态 · Status.' }) status: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '条数 1..100 · How many.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 · Start after this cursor.' }) after:
      | string
      | null,
    @Ctx() ctx: Context,
  ) {
    return (await listDeliveries(ctx.em, { subscriptionId, status }, first, after)).rows;
  }

  @Authorized('admin')
  @Mutation(() => Boolean, { description: '重新投递 · Send a delivery again.' })
  replayWebhookDelivery(
    @Arg('id', () => ID, { description: '投递编号 · Delivery id.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return replayDelivery(ctx.em, id);
  }

  @Authorized('admin')
  @Mutation(() => WebhookDeliveryRunType, {
    description:
      '立即投递到期事件（服务每 5 秒自动执行）· Deliver due events now; the server does it every 5 s.',
  })
  deliverWebhooksNow(@Ctx() ctx: Context) {
    return deliverDue(ctx.em, { allowLoopback: ctx.config.webhookAllowLoopback });
  }
}
