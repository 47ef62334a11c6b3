import { graphql } from '../../gql/gql.ts';

/** 客户活动: a page at a time, latest start first, with invited / said yes / attended counts. */
export const CustomerEventsQuery = graphql(`
  query CustomerEvents($first: Int, $after: String, $last: Int, $before: String) {
    customerEventsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node { id kind title startsAt location segment createdBy invited accepted attended }
      }
    }
  }
`);

export const CreateCustomerEventMutation = graphql(`
  mutation CreateCustomerEvent($input: CustomerEventInput!) {
    createCustomerEvent(input: $input) {
      id kind title startsAt location segment createdBy invited accepted attended
    }
  }
`);

/** 发送邀请: invites the event's segment, each merchant once. `event` is the event's global id. */
export const InviteToEventMutation = graphql(`
  mutation InviteToEvent($event: ID!) {
    inviteToEvent(event: $event) { invited alreadyInvited }
  }
`);

/** An event's invitations in the caller's scope, a page at a time by MID, for replies and attendance. */
export const EventInvitationsQuery = graphql(`
  query EventInvitations($event: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    customerEvent(event: $event) {
      id
      invitationsConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { id mid name rsvp invitedAt attendedAt } }
      }
    }
  }
`);

export const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($event: ID!, $mid: String!, $rsvp: String!) {
    respondToInvitation(event: $event, mid: $mid, rsvp: $rsvp)
  }
`);

export const RecordEventAttendanceMutation = graphql(`
  mutation RecordEventAttendance($event: ID!, $mid: String!) {
    recordEventAttendance(event: $event, mid: $mid)
  }
`);
