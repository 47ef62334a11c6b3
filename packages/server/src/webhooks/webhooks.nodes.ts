import { may } from '@cornerstone/shared/roles/permissions';
import { listApiTokens } from '../identity/api-tokens.service.ts';
import type { Context } from '../identity/context.ts';
import { byRowId, type NodeFetch } from '../platform/graphql/node.ts';
import { deliveryById, subscriptionById } from './webhooks.service.ts';
import { apiTokenKey, toApiToken, toDelivery, toSubscription } from './webhooks.types.ts';

// node(id) for the integrations' types, by the key of their global id. Administrators only, as the
// lists: to anyone else an id answers as one that does not exist.

const admin = (ctx: Context) => !!ctx.user && may(ctx.user.role, 'administer');

export const WEBHOOK_NODES: Record<string, NodeFetch<Context>> = {
  ApiToken: async (ctx, key) => {
    if (!admin(ctx)) return null;
    const token = (await listApiTokens(ctx.em)).find((t) => apiTokenKey(t.name) === key);
    return token ? toApiToken(token) : null;
  },
  WebhookSubscription: byRowId(async (ctx, key) => {
    const row = admin(ctx) ? await subscriptionById(ctx.em, key) : null;
    return row && toSubscription(row);
  }),
  WebhookDelivery: byRowId(async (ctx, key) => {
    const row = admin(ctx) ? await deliveryById(ctx.em, key) : null;
    return row && toDelivery(row);
  }),
};
