import { graphql } from '../../gql/gql.ts';

export const RunGreetingCampaignMutation = graphql(`
  mutation RunGreetingCampaign($input: GreetingCampaignInput!) {
    runGreetingCampaign(input: $input) { campaignId created alreadyThere }
  }
`);

export const MarkGreetingsSentMutation = graphql(`
  mutation MarkGreetingsSent($taskIds: [ID!]!) {
    markGreetingsSent(taskIds: $taskIds) { sent skipped }
  }
`);

/** Greeting tasks not yet sent, oldest send date first. */
export const GreetingTasksQuery = graphql(`
  query GreetingTasks($filter: TaskFilter!, $first: Int!, $after: String) {
    tasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id state dueOn campaign message
          merchant { mid name manager { login displayName } }
        }
      }
    }
  }
`);

/** A year's greeting holidays as the calendar dates them (a holiday without a date is absent). */
export const HolidayCalendarQuery = graphql(`
  query HolidayCalendar($year: Int!) {
    holidayCalendar(year: $year) { year entries { holiday date offFrom offTo } }
  }
`);

export const SetHolidayCalendarMutation = graphql(`
  mutation SetHolidayCalendar($year: Int!, $entries: [HolidayDateInput!]!) {
    setHolidayCalendar(year: $year, entries: $entries) { year entries { holiday date offFrom offTo } }
  }
`);
