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
    $orderBy: TaskOrder!
  ) {
    overdue: tasks(filter: $overdueFilter, first: 1) { totalCount }
    due: tasks(filter: $dueFilter, first: 1) { totalCount }
    list: tasks(filter: $filter, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node { ...WorkTaskRow }
      }
    }
  }
`);

/** A task as the work queue's tables show it: what to do, for whom, when, and why it ranks where it does. */
export const WorkTaskRowFragment = graphql(`
  fragment WorkTaskRow on MaintenanceTask {
    id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays
    priority { score tier cadenceTier kind late cases value openComplaints openFaults valueAtRisk }
    merchant { mid name tier(period: $period) manager { login displayName } }
  }
`);

/** Today's plan of one account manager (their own; managers name one). */
export const WorkPlanQuery = graphql(`
  query WorkPlan($manager: String, $period: String!) {
    workPlan(manager: $manager) {
      date eligibleCount overdueCount
      manager { login displayName }
      capacity { visits calls others source }
      tasks { ...WorkTaskRow }
    }
  }
`);

/** Each account manager's backlog against their capacity. */
export const TeamBacklogQuery = graphql(`
  query TeamBacklog($branch: String) {
    everyone: workCapacity { visits calls others source }
    teamBacklog(branch: $branch) {
      manager { login displayName branch }
      capacity { visits calls others source }
      open overdue dueSoon overdueImportant daysToClear
    }
  }
`);

export const SetWorkCapacityMutation = graphql(`
  mutation SetWorkCapacity($input: WorkCapacityInput, $manager: String!) {
    setWorkCapacity(input: $input, manager: $manager) { visits calls others source }
  }
`);

export const SetEveryonesWorkCapacityMutation = graphql(`
  mutation SetEveryonesWorkCapacity($input: WorkCapacityInput!) {
    setEveryonesWorkCapacity(input: $input) { visits calls others source }
  }
`);

export const CompleteChoresMutation = graphql(`
  mutation CompleteChores($ids: [ID!]!) {
    completeChores(ids: $ids) { greetings reverified }
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
        edges { node { at type kind summary actor actorName superseded ref } }
      }
    }
  }
`);

export const RecordInteractionMutation = graphql(`
  mutation RecordInteraction($input: InteractionInput!) {
    recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }
  }
`);

/** Whether the tasks have caught up with the latest tier snapshots (they follow a snapshot behind it). */
export const TierFollowUpQuery = graphql(`
  query TierFollowUp {
    tierFollowUp { pendingPeriods running }
  }
`);
