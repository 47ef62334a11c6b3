import { graphql } from '../../gql/gql.ts';

/** My work: the overdue and due counts, and a page of tasks in the chosen state. */
export const MyWorkTasksQuery = graphql(`
  query MyWorkTasks(
    $filter: TaskFilter!
    $overdueFilter: TaskFilter!
    $dueFilter: TaskFilter!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $period: String!
  ) {
    overdue: tasks(filter: $overdueFilter, first: 1) { totalCount }
    due: tasks(filter: $dueFilter, first: 1) { totalCount }
    list: tasks(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id kind channel state dueOn daysOverdue tier campaign lastContactOn
          merchant { mid name tier(period: $period) manager { login displayName } }
        }
      }
    }
  }
`);

/** A page of the period's KPI rows (one per manager or branch), by key. */
export const MaintenanceKpisQuery = graphql(`
  query MaintenanceKpis($period: String!, $by: KpiGrouping!, $first: Int, $after: String) {
    maintenanceKpisConnection(period: $period, by: $by, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { key name visits calls otherContacts keyCustomers keyOnCadence keyOnCadenceShare overdueTasks }
      }
    }
  }
`);

/**
 * The merchant page's maintenance cards: the first 100 open tasks by due date with how many there are
 * and how many are overdue, the cadence, and a page of the timeline (newest first).
 */
export const MerchantMaintenanceQuery = graphql(`
  query MerchantMaintenance($mid: String!, $first: Int!, $after: String) {
    merchant(mid: $mid) {
      mid
      cadence { tier cadenceTier potential period }
      openTasks: tasks(first: 100) {
        totalCount
        edges { node { id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays } }
      }
      overdueTasks: tasks(filter: { state: OVERDUE }, first: 1) { totalCount }
      timelineConnection(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { at type kind summary actor superseded ref } }
      }
    }
  }
`);

export const RecordInteractionMutation = graphql(`
  mutation RecordInteraction($input: InteractionInput!) {
    recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }
  }
`);
