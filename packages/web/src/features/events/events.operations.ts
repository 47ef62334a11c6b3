import { graphql } from '../../gql/gql.ts';

/** 客户活动: newest first, with invited / said yes / attended counts. */
export const CustomerEventsQuery = graphql(`
  query CustomerEvents {
    customerEvents {
      id kind title startsAt location segment createdBy invited accepted attended
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

/** 发送邀请: invites the event's segment, each merchant once. */
export const InviteToEventMutation = graphql(`
  mutation InviteToEvent($eventId: Int!) {
    inviteToEvent(eventId: $eventId) { invited alreadyInvited }
  }
`);

/** An event's invitations in the caller's scope, for replies and attendance. */
export const EventInvitationsQuery = graphql(`
  query EventInvitations($id: Int!) {
    customerEvent(id: $id) {
      id
      invitations { mid name rsvp invitedAt attendedAt }
    }
  }
`);

export const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($eventId: Int!, $mid: String!, $rsvp: String!) {
    respondToInvitation(eventId: $eventId, mid: $mid, rsvp: $rsvp)
  }
`);

export const RecordEventAttendanceMutation = graphql(`
  mutation RecordEventAttendance($eventId: Int!, $mid: String!) {
    recordEventAttendance(eventId: $eventId, mid: $mid)
  }
`);
