import { graphql } from '../../gql/gql.ts';

/** My work: the overdue and due counts, and a page of tasks in the chosen state. */
export const MyWorkTasksQuery = graphql(`
  query MyWorkTasks(
    $filter: TaskFilter!
    $overdueFilter: TaskFilter!
    $dueFilter: TaskFilter!
    $first: Int!
    $after: String
    $period: String!
  ) {
    overdue: tasks(filter: $overdueFilter, first: 1) { totalCount }
    due: tasks(filter: $dueFilter, first: 1) { totalCount }
    list: tasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
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

export const MaintenanceKpisQuery = graphql(`
  query MaintenanceKpis($period: String!, $by: KpiGrouping!) {
    maintenanceKpis(period: $period, by: $by) {
      key name visits calls otherContacts keyCustomers keyOnCadence keyOnCadenceShare overdueTasks
    }
  }
`);

/** The merchant page's maintenance cards: open tasks, cadence and the timeline. */
export const MerchantMaintenanceQuery = graphql(`
  query MerchantMaintenance($mid: String!, $first: Int!, $before: String) {
    merchant(mid: $mid) {
      mid
      cadence { tier cadenceTier potential period }
      openTasks { id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays }
      timeline(first: $first, before: $before) { cursor at type kind summary actor superseded ref }
    }
  }
`);

export const RecordInteractionMutation = graphql(`
  mutation RecordInteraction($input: InteractionInput!) {
    recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }
  }
`);
