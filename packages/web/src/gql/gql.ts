/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ScopeOptions($branch: String) {\n    branches { name region }\n    accountManagers(branch: $branch) { login displayName branch }\n  }\n": typeof types.ScopeOptionsDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      token\n      user { login displayName role branch }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me { login displayName role branch }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RunGreetingCampaign($input: GreetingCampaignInput!) {\n    runGreetingCampaign(input: $input) { campaignId created alreadyThere }\n  }\n": typeof types.RunGreetingCampaignDocument,
    "\n  mutation MarkGreetingsSent($taskIds: [ID!]!) {\n    markGreetingsSent(taskIds: $taskIds) { sent skipped }\n  }\n": typeof types.MarkGreetingsSentDocument,
    "\n  query GreetingTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id state dueOn campaign message\n          merchant { mid name manager { login displayName } }\n        }\n      }\n    }\n  }\n": typeof types.GreetingTasksDocument,
    "\n  query MyWorkTasks(\n    $filter: TaskFilter!\n    $overdueFilter: TaskFilter!\n    $dueFilter: TaskFilter!\n    $first: Int!\n    $after: String\n    $period: String!\n  ) {\n    overdue: tasks(filter: $overdueFilter, first: 1) { totalCount }\n    due: tasks(filter: $dueFilter, first: 1) { totalCount }\n    list: tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind channel state dueOn daysOverdue tier campaign lastContactOn\n          merchant { mid name tier(period: $period) manager { login displayName } }\n        }\n      }\n    }\n  }\n": typeof types.MyWorkTasksDocument,
    "\n  query MaintenanceKpis($period: String!, $by: KpiGrouping!) {\n    maintenanceKpis(period: $period, by: $by) {\n      key name visits calls otherContacts keyCustomers keyOnCadence keyOnCadenceShare overdueTasks\n    }\n  }\n": typeof types.MaintenanceKpisDocument,
    "\n  query MerchantMaintenance($mid: String!, $first: Int!, $before: String) {\n    merchant(mid: $mid) {\n      mid\n      cadence { tier cadenceTier potential period }\n      openTasks { id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays }\n      timeline(first: $first, before: $before) { cursor at type kind summary actor superseded ref }\n    }\n  }\n": typeof types.MerchantMaintenanceDocument,
    "\n  mutation RecordInteraction($input: InteractionInput!) {\n    recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }\n  }\n": typeof types.RecordInteractionDocument,
    "\n  query MerchantList($filter: MerchantFilter, $first: Int, $after: String, $period: String!) {\n    merchants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          mid name category categoryName branch status\n          manager { login displayName }\n          feePlan { kind rate cap }\n          tier(period: $period)\n          profit(period: $period)\n        }\n      }\n    }\n  }\n": typeof types.MerchantListDocument,
    "\n  query MerchantPage($mid: String!, $m0: String!, $m1: String!, $m2: String!) {\n    merchant(mid: $mid) {\n      mid name tradingName mcc category categoryName branch status onboardedOn\n      manager { login displayName }\n      feePlan { kind rate cap listRate discount }\n      contact { name mobile verifiedOn }\n      tier0: tier(period: $m0)\n      tier1: tier(period: $m1)\n      tier2: tier(period: $m2)\n      tierHistory { period tier rank profit }\n      trend(months: 12, to: $m0) { month txnCount txnAmount merchantFee profit }\n      points { balance }\n      changes(first: 50) { changedAt actor source kind changes }\n    }\n  }\n": typeof types.MerchantPageDocument,
    "\n  query Pyramid($period: String!, $compare: String!, $filter: MerchantFilter) {\n    pyramid(period: $period, filter: $filter) {\n      period merchantCount totalProfit gini top20Share\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    previous: pyramid(period: $compare, filter: $filter) {\n      period merchantCount totalProfit\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    lorenz(period: $period, filter: $filter, points: 50) { merchantShare profitShare }\n    tierMigration(from: $compare, to: $period, filter: $filter) {\n      from to\n      cells { fromTier toTier merchantCount }\n    }\n  }\n": typeof types.PyramidDocument,
};
const documents: Documents = {
    "\n  query ScopeOptions($branch: String) {\n    branches { name region }\n    accountManagers(branch: $branch) { login displayName branch }\n  }\n": types.ScopeOptionsDocument,
    "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      token\n      user { login displayName role branch }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me { login displayName role branch }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RunGreetingCampaign($input: GreetingCampaignInput!) {\n    runGreetingCampaign(input: $input) { campaignId created alreadyThere }\n  }\n": types.RunGreetingCampaignDocument,
    "\n  mutation MarkGreetingsSent($taskIds: [ID!]!) {\n    markGreetingsSent(taskIds: $taskIds) { sent skipped }\n  }\n": types.MarkGreetingsSentDocument,
    "\n  query GreetingTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id state dueOn campaign message\n          merchant { mid name manager { login displayName } }\n        }\n      }\n    }\n  }\n": types.GreetingTasksDocument,
    "\n  query MyWorkTasks(\n    $filter: TaskFilter!\n    $overdueFilter: TaskFilter!\n    $dueFilter: TaskFilter!\n    $first: Int!\n    $after: String\n    $period: String!\n  ) {\n    overdue: tasks(filter: $overdueFilter, first: 1) { totalCount }\n    due: tasks(filter: $dueFilter, first: 1) { totalCount }\n    list: tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind channel state dueOn daysOverdue tier campaign lastContactOn\n          merchant { mid name tier(period: $period) manager { login displayName } }\n        }\n      }\n    }\n  }\n": types.MyWorkTasksDocument,
    "\n  query MaintenanceKpis($period: String!, $by: KpiGrouping!) {\n    maintenanceKpis(period: $period, by: $by) {\n      key name visits calls otherContacts keyCustomers keyOnCadence keyOnCadenceShare overdueTasks\n    }\n  }\n": types.MaintenanceKpisDocument,
    "\n  query MerchantMaintenance($mid: String!, $first: Int!, $before: String) {\n    merchant(mid: $mid) {\n      mid\n      cadence { tier cadenceTier potential period }\n      openTasks { id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays }\n      timeline(first: $first, before: $before) { cursor at type kind summary actor superseded ref }\n    }\n  }\n": types.MerchantMaintenanceDocument,
    "\n  mutation RecordInteraction($input: InteractionInput!) {\n    recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }\n  }\n": types.RecordInteractionDocument,
    "\n  query MerchantList($filter: MerchantFilter, $first: Int, $after: String, $period: String!) {\n    merchants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          mid name category categoryName branch status\n          manager { login displayName }\n          feePlan { kind rate cap }\n          tier(period: $period)\n          profit(period: $period)\n        }\n      }\n    }\n  }\n": types.MerchantListDocument,
    "\n  query MerchantPage($mid: String!, $m0: String!, $m1: String!, $m2: String!) {\n    merchant(mid: $mid) {\n      mid name tradingName mcc category categoryName branch status onboardedOn\n      manager { login displayName }\n      feePlan { kind rate cap listRate discount }\n      contact { name mobile verifiedOn }\n      tier0: tier(period: $m0)\n      tier1: tier(period: $m1)\n      tier2: tier(period: $m2)\n      tierHistory { period tier rank profit }\n      trend(months: 12, to: $m0) { month txnCount txnAmount merchantFee profit }\n      points { balance }\n      changes(first: 50) { changedAt actor source kind changes }\n    }\n  }\n": types.MerchantPageDocument,
    "\n  query Pyramid($period: String!, $compare: String!, $filter: MerchantFilter) {\n    pyramid(period: $period, filter: $filter) {\n      period merchantCount totalProfit gini top20Share\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    previous: pyramid(period: $compare, filter: $filter) {\n      period merchantCount totalProfit\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    lorenz(period: $period, filter: $filter, points: 50) { merchantShare profitShare }\n    tierMigration(from: $compare, to: $period, filter: $filter) {\n      from to\n      cells { fromTier toTier merchantCount }\n    }\n  }\n": types.PyramidDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeOptions($branch: String) {\n    branches { name region }\n    accountManagers(branch: $branch) { login displayName branch }\n  }\n"): (typeof documents)["\n  query ScopeOptions($branch: String) {\n    branches { name region }\n    accountManagers(branch: $branch) { login displayName branch }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      token\n      user { login displayName role branch }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($login: String!, $password: String!) {\n    login(login: $login, password: $password) {\n      token\n      user { login displayName role branch }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { login displayName role branch }\n  }\n"): (typeof documents)["\n  query Me {\n    me { login displayName role branch }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunGreetingCampaign($input: GreetingCampaignInput!) {\n    runGreetingCampaign(input: $input) { campaignId created alreadyThere }\n  }\n"): (typeof documents)["\n  mutation RunGreetingCampaign($input: GreetingCampaignInput!) {\n    runGreetingCampaign(input: $input) { campaignId created alreadyThere }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkGreetingsSent($taskIds: [ID!]!) {\n    markGreetingsSent(taskIds: $taskIds) { sent skipped }\n  }\n"): (typeof documents)["\n  mutation MarkGreetingsSent($taskIds: [ID!]!) {\n    markGreetingsSent(taskIds: $taskIds) { sent skipped }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GreetingTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id state dueOn campaign message\n          merchant { mid name manager { login displayName } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GreetingTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id state dueOn campaign message\n          merchant { mid name manager { login displayName } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkTasks(\n    $filter: TaskFilter!\n    $overdueFilter: TaskFilter!\n    $dueFilter: TaskFilter!\n    $first: Int!\n    $after: String\n    $period: String!\n  ) {\n    overdue: tasks(filter: $overdueFilter, first: 1) { totalCount }\n    due: tasks(filter: $dueFilter, first: 1) { totalCount }\n    list: tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind channel state dueOn daysOverdue tier campaign lastContactOn\n          merchant { mid name tier(period: $period) manager { login displayName } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWorkTasks(\n    $filter: TaskFilter!\n    $overdueFilter: TaskFilter!\n    $dueFilter: TaskFilter!\n    $first: Int!\n    $after: String\n    $period: String!\n  ) {\n    overdue: tasks(filter: $overdueFilter, first: 1) { totalCount }\n    due: tasks(filter: $dueFilter, first: 1) { totalCount }\n    list: tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind channel state dueOn daysOverdue tier campaign lastContactOn\n          merchant { mid name tier(period: $period) manager { login displayName } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintenanceKpis($period: String!, $by: KpiGrouping!) {\n    maintenanceKpis(period: $period, by: $by) {\n      key name visits calls otherContacts keyCustomers keyOnCadence keyOnCadenceShare overdueTasks\n    }\n  }\n"): (typeof documents)["\n  query MaintenanceKpis($period: String!, $by: KpiGrouping!) {\n    maintenanceKpis(period: $period, by: $by) {\n      key name visits calls otherContacts keyCustomers keyOnCadence keyOnCadenceShare overdueTasks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MerchantMaintenance($mid: String!, $first: Int!, $before: String) {\n    merchant(mid: $mid) {\n      mid\n      cadence { tier cadenceTier potential period }\n      openTasks { id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays }\n      timeline(first: $first, before: $before) { cursor at type kind summary actor superseded ref }\n    }\n  }\n"): (typeof documents)["\n  query MerchantMaintenance($mid: String!, $first: Int!, $before: String) {\n    merchant(mid: $mid) {\n      mid\n      cadence { tier cadenceTier potential period }\n      openTasks { id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays }\n      timeline(first: $first, before: $before) { cursor at type kind summary actor superseded ref }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInteraction($input: InteractionInput!) {\n    recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }\n  }\n"): (typeof documents)["\n  mutation RecordInteraction($input: InteractionInput!) {\n    recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MerchantList($filter: MerchantFilter, $first: Int, $after: String, $period: String!) {\n    merchants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          mid name category categoryName branch status\n          manager { login displayName }\n          feePlan { kind rate cap }\n          tier(period: $period)\n          profit(period: $period)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MerchantList($filter: MerchantFilter, $first: Int, $after: String, $period: String!) {\n    merchants(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          mid name category categoryName branch status\n          manager { login displayName }\n          feePlan { kind rate cap }\n          tier(period: $period)\n          profit(period: $period)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MerchantPage($mid: String!, $m0: String!, $m1: String!, $m2: String!) {\n    merchant(mid: $mid) {\n      mid name tradingName mcc category categoryName branch status onboardedOn\n      manager { login displayName }\n      feePlan { kind rate cap listRate discount }\n      contact { name mobile verifiedOn }\n      tier0: tier(period: $m0)\n      tier1: tier(period: $m1)\n      tier2: tier(period: $m2)\n      tierHistory { period tier rank profit }\n      trend(months: 12, to: $m0) { month txnCount txnAmount merchantFee profit }\n      points { balance }\n      changes(first: 50) { changedAt actor source kind changes }\n    }\n  }\n"): (typeof documents)["\n  query MerchantPage($mid: String!, $m0: String!, $m1: String!, $m2: String!) {\n    merchant(mid: $mid) {\n      mid name tradingName mcc category categoryName branch status onboardedOn\n      manager { login displayName }\n      feePlan { kind rate cap listRate discount }\n      contact { name mobile verifiedOn }\n      tier0: tier(period: $m0)\n      tier1: tier(period: $m1)\n      tier2: tier(period: $m2)\n      tierHistory { period tier rank profit }\n      trend(months: 12, to: $m0) { month txnCount txnAmount merchantFee profit }\n      points { balance }\n      changes(first: 50) { changedAt actor source kind changes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pyramid($period: String!, $compare: String!, $filter: MerchantFilter) {\n    pyramid(period: $period, filter: $filter) {\n      period merchantCount totalProfit gini top20Share\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    previous: pyramid(period: $compare, filter: $filter) {\n      period merchantCount totalProfit\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    lorenz(period: $period, filter: $filter, points: 50) { merchantShare profitShare }\n    tierMigration(from: $compare, to: $period, filter: $filter) {\n      from to\n      cells { fromTier toTier merchantCount }\n    }\n  }\n"): (typeof documents)["\n  query Pyramid($period: String!, $compare: String!, $filter: MerchantFilter) {\n    pyramid(period: $period, filter: $filter) {\n      period merchantCount totalProfit gini top20Share\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    previous: pyramid(period: $compare, filter: $filter) {\n      period merchantCount totalProfit\n      tiers { tier merchantCount countShare profit profitShare }\n    }\n    lorenz(period: $period, filter: $filter, points: 50) { merchantShare profitShare }\n    tierMigration(from: $compare, to: $period, filter: $filter) {\n      from to\n      cells { fromTier toTier merchantCount }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;