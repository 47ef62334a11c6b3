import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  apiTokensPage,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../identity/api-tokens.service.ts';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { mapNodes, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { badInput } from '../platform/graphql/errors.ts';
import { requireRowId, rowIdOf } from '../platform/graphql/node.ts';
import {
  deliverDue,
  deliveriesPage,
  listDeliveries,
  listSubscriptions,
  replayDelivery,
  subscribe,
  subscriptionsPage,
  unsubscribe,
} from './webhooks.service.ts';
import {
  ApiTokenConnectionType,
  ApiTokenInput,
  ApiTokenType,
  CreatedApiTokenType,
  CreatedWebhookSubscriptionType,
  toApiToken,
  toDelivery,
  toSubscription,
  WebhookDeliveryConnectionType,
  WebhookDeliveryRunType,
  WebhookDeliveryType,
  WebhookEventEnum,
  WebhookSubscriptionConnectionType,
  WebhookSubscriptionType,
} from './webhooks.types.ts';

const SUBSCRIPTION = {
  nullable: true,
  description:
    '订阅的全局编号（也接受旧的数字编号）· The subscription’s global id (a bare row id also works).',
} as const;

@Resolver()
export class IntegrationsResolver {
  @Allowed('administer')
  @Query(() => [ApiTokenType], {
    description: 'API 令牌 · The integrators’ API tokens, newest first.',
    deprecationReason:
      'Use apiTokensConnection, which pages both ways and counts; apiTokens answers every token at once.',
  })
  async apiTokens(@Ctx() ctx: Context) {
    return (await listApiTokens(ctx.em)).map(toApiToken);
  }

  @Allowed('administer')
  @Query(() => ApiTokenConnectionType, {
    description: 'API 令牌（分页，最新在前）· The integrators’ API tokens, a page at a time, newest first.',
  })
  async apiTokensConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return mapNodes(await apiTokensPage(ctx.em, pageRequest(page, 'apiTokens')), toApiToken);
  }

  @Allowed('administer')
  @Mutation(() => CreatedApiTokenType, {
    description: '创建 API 令牌（只显示一次，仅存哈希）· Create an API token; shown once, stored hashed.',
  })
  async createApiToken(
    @Arg('input', () => ApiTokenInput, { description: '令牌 · The token.' }) input: ApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    const { token, row } = await createApiToken(ctx.em, input, ctx.user!.login);
    return { token, apiToken: toApiToken(row) };
  }

  @Allowed('administer')
  @Mutation(() => Boolean, { description: '吊销 API 令牌，立即生效 · Revoke an API token at once.' })
  revokeApiToken(
    @Arg('name', () => String, { description: '名称 · Name.' }) name: string,
    @Ctx() ctx: Context,
  ) {
    return revokeApiToken(ctx.em, name);
  }

  @Allowed('administer')
  @Query(() => [WebhookSubscriptionType], {
    description: 'Webhook 订阅 · Webhook subscriptions, by id.',
    deprecationReason:
      'Use webhookSubscriptionsConnection, which pages both ways and counts; webhookSubscriptions answers every subscription at once.',
  })
  async webhookSubscriptions(@Ctx() ctx: Context) {
    return (await listSubscriptions(ctx.em)).map(toSubscription);
  }

  @Allowed('administer')
  @Query(() => WebhookSubscriptionConnectionType, {
    description: 'Webhook 订阅（分页，按创建顺序）· Webhook subscriptions, a page at a time, oldest first.',
  })
  async webhookSubscriptionsConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return mapNodes(
      await subscriptionsPage(ctx.em, pageRequest(page, 'webhookSubscriptions')),
      toSubscription,
    );
  }

  @Allowed('administer')
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
    return { secret, subscription: toSubscription(subscription) };
  }

  @Allowed('administer')
  @Mutation(() => Boolean, {
    description: '停用订阅；已停用或不存在时为 false · Deactivate a subscription; false when none is active.',
  })
  unsubscribeWebhook(
    @Arg('subscription', () => ID, SUBSCRIPTION) subscription: string | null,
    @Arg('id', () => Int, {
      nullable: true,
      deprecationReason: 'Use subscription, the global id.',
      description: '订阅的数字编号（已弃用，请用 subscription）· The row id; deprecated, use subscription.',
    })
    id: number | null,
    @Ctx() ctx: Context,
  ) {
    if ((subscription == null) === (id == null))
      throw badInput('subscription', 'give subscription (the global id) or the deprecated id, exactly one');
    return unsubscribe(ctx.em, id ?? requireRowId('WebhookSubscription', subscription!, 'subscription'));
  }

  @Allowed('administer')
  @Query(() => [WebhookDeliveryType], {
    description: '投递记录，最新在前 · The delivery log, newest first.',
    deprecationReason:
      'Use webhookDeliveriesConnection, which pages both ways and counts; webhookDeliveries gives no cursor to page on.',
  })
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
    return (await listDeliveries(ctx.em, { subscriptionId, status }, first, after)).rows.map(toDelivery);
  }

  @Allowed('administer')
  @Query(() => WebhookDeliveryConnectionType, {
    description: '投递记录（分页），最新在前 · The delivery log, a page at a time, newest first.',
  })
  async webhookDeliveriesConnection(
    @Arg('subscription', () => ID, SUBSCRIPTION) subscription: string | null,
    @Arg('status', () => String, {
      nullable: true,
      description: '状态：pending、delivered、failed · Status.',
    })
    status: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const req = pageRequest(page, 'webhookDeliveries');
    // An id of anything but a subscription names none: the list is empty, as for an unknown one.
    const subscriptionId =
      subscription == null ? null : (rowIdOf('WebhookSubscription', subscription) ?? '0');
    return mapNodes(await deliveriesPage(ctx.em, { subscriptionId, status }, req), toDelivery);
  }

  @Allowed('administer')
  @Mutation(() => Boolean, { description: '重新投递 · Send a delivery again.' })
  replayWebhookDelivery(
    @Arg('id', () => ID, {
      description:
        '投递的全局编号（也接受旧的数字编号）· The delivery’s global id (a bare row id also works).',
    })
    id: string,
    @Ctx() ctx: Context,
  ) {
    return replayDelivery(ctx.em, rowIdOf('WebhookDelivery', id));
  }

  @Allowed('administer')
  @Mutation(() => WebhookDeliveryRunType, {
    description:
      '立即投递到期事件（服务每 5 秒自动执行）· Deliver due events now; the server does it every 5 s.',
  })
  deliverWebhooksNow(@Ctx() ctx: Context) {
    return deliverDue(ctx.em, { allowLoopback: ctx.config.webhookAllowLoopback });
  }
}
