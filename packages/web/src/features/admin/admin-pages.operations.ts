import { graphql } from '../../gql/gql.ts';

// The administrator's pages beside Users: the audit log, API tokens and webhooks.

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id at actor role action target outcome ip requestId detail } }
    }
  }
`);

export const AuditActionsQuery = graphql(`
  query AuditActions {
    auditActions
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors($search: String) {
    usersConnection(filter: { search: $search }, first: 20) { edges { node { id login displayName } } }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($first: Int, $after: String, $last: Int, $before: String) {
    apiTokensConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id name role branch createdBy createdAt expiresAt revokedAt lastUsedAt } }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: ApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken { id name role branch createdBy createdAt expiresAt revokedAt lastUsedAt }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($name: String!) {
    revokeApiToken(name: $name)
  }
`);

export const WebhookSubscriptionsQuery = graphql(`
  query WebhookSubscriptions($first: Int, $after: String, $last: Int, $before: String) {
    webhookSubscriptionsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id url events active createdBy createdAt } }
    }
  }
`);

export const SubscribeWebhookMutation = graphql(`
  mutation SubscribeWebhook($url: String!, $events: [WebhookEvent!]!) {
    subscribeWebhook(url: $url, events: $events) {
      secret
      subscription { id url events active createdBy createdAt }
    }
  }
`);

export const UnsubscribeWebhookMutation = graphql(`
  mutation UnsubscribeWebhook($subscription: ID!) {
    unsubscribeWebhook(subscription: $subscription)
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($subscription: ID, $status: String, $first: Int, $after: String, $last: Int, $before: String) {
    webhookDeliveriesConnection(
      subscription: $subscription
      status: $status
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id eventId event status attempts nextAttemptAt lastStatus lastError deliveredAt } }
    }
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id)
  }
`);

export const DeliverWebhooksNowMutation = graphql(`
  mutation DeliverWebhooksNow {
    deliverWebhooksNow { delivered retried failed }
  }
`);
