import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiTokenRow } from '../identity/api-tokens.service.ts';
import { connectionType } from '../platform/graphql/connection.ts';
import { globalId, NodeInterface } from '../platform/graphql/node.ts';
import type { DeliveryRow, SubscriptionRow } from './webhooks.service.ts';

// The integrations' GraphQL types. Tokens, subscriptions and deliveries are nodes: their `id` is a
// global id, and the arguments that took the bare row id before still take it.

export enum WebhookEventEnum {
  MERCHANT_TIER_CHANGED = 'merchant.tier_changed',
  MERCHANT_STATUS_CHANGED = 'merchant.status_changed',
  MERCHANT_MANAGER_CHANGED = 'merchant.manager_changed',
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
    MERCHANT_MANAGER_CHANGED: {
      description: '商户移交给另一位客户经理 · A merchant moved to another account manager.',
    },
    COMPLAINT_SLA_BREACHED: {
      description: '投诉超时并升级 · A complaint breached its SLA and was escalated.',
    },
    POINTS_POSTED: { description: '积分记账（累积、兑换、调整、过期）· A points entry was posted.' },
    IMPORT_FINISHED: { description: '导入结束 · An import finished.' },
  },
});

@ObjectType('ApiToken', {
  implements: NodeInterface,
  description: '集成方 API 令牌（不含令牌本身）· An integrator’s API token (never the token itself).',
})
export class ApiTokenType extends NodeInterface {
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
export class CreatedApiTokenType {
  @Field(() => String, {
    description: '令牌（Authorization: Bearer）· The token, for Authorization: Bearer.',
  })
  token!: string;

  @Field(() => ApiTokenType, { description: '令牌信息 · The token’s record.' })
  apiToken!: ApiTokenType;
}

@InputType('ApiTokenInput', { description: '新 API 令牌 · A new API token.' })
export class ApiTokenInput {
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

@ObjectType('WebhookSubscription', {
  implements: NodeInterface,
  description: 'Webhook 订阅 · A webhook subscription.',
})
export class WebhookSubscriptionType extends NodeInterface {
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
export class CreatedWebhookSubscriptionType {
  @Field(() => String, { description: '签名密钥（HMAC-SHA256）· Signing secret for HMAC-SHA256.' })
  secret!: string;

  @Field(() => WebhookSubscriptionType, { description: '订阅 · The subscription.' })
  subscription!: WebhookSubscriptionType;
}

@ObjectType('WebhookDelivery', {
  implements: NodeInterface,
  description: '一次投递（至少一次送达）· One delivery of an event to a subscription.',
})
export class WebhookDeliveryType extends NodeInterface {
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
export class WebhookDeliveryRunType {
  @Field(() => Int, { description: '已送达 · Delivered.' })
  delivered!: number;

  @Field(() => Int, { description: '将重试 · To be retried.' })
  retried!: number;

  @Field(() => Int, { description: '已放弃 · Given up.' })
  failed!: number;
}

export const ApiTokenConnectionType = connectionType('ApiToken', ApiTokenType, ['API 令牌', 'API tokens']);
export const WebhookSubscriptionConnectionType = connectionType(
  'WebhookSubscription',
  WebhookSubscriptionType,
  ['Webhook 订阅', 'webhook subscriptions'],
);
export const WebhookDeliveryConnectionType = connectionType('WebhookDelivery', WebhookDeliveryType, [
  '投递记录',
  'deliveries',
]);

/**
 * A token's global id is keyed by its name (unique, never reused), base64url-encoded because a
 * name may hold a dot, which a global id's key may not.
 */
export const apiTokenKey = (name: string) => Buffer.from(name).toString('base64url');

export const toApiToken = (t: ApiTokenRow): ApiTokenType => ({
  ...t,
  id: globalId('ApiToken', apiTokenKey(t.name)),
});
export const toSubscription = (s: SubscriptionRow): WebhookSubscriptionType => ({
  ...s,
  id: globalId('WebhookSubscription', s.id),
});
export const toDelivery = (d: DeliveryRow): WebhookDeliveryType => ({
  ...d,
  id: globalId('WebhookDelivery', d.id),
});
