import { graphql } from '../../gql/gql.ts';

/** The complaints board: a page of complaints with both SLA clocks and their history. */
export const ComplaintsQuery = graphql(`
  query Complaints(
    $filter: ComplaintFilter
    $orderBy: DeskOrder! = URGENCY
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    complaints(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id kind channel category summary status receivedAt openedBy assigneeLogin assigneeName
          firstResponseAt resolvedAt closedAt resolution satisfaction escalationLevel escalatedAt
          merchant { mid name branch }
          responseSla { state dueAt minutesLeft minutesTaken }
          resolutionSla { state dueAt minutesLeft minutesTaken }
          events { id at actor action fromStatus toStatus note }
        }
      }
    }
  }
`);

export const RespondToComplaintMutation = graphql(`
  mutation RespondToComplaint($id: ID!, $note: String) {
    respondToComplaint(id: $id, note: $note) {
      id status firstResponseAt resolvedAt closedAt resolution satisfaction assigneeLogin assigneeName escalationLevel
      responseSla { state dueAt minutesLeft minutesTaken }
      resolutionSla { state dueAt minutesLeft minutesTaken }
      events { id at actor action fromStatus toStatus note }
    }
  }
`);

export const ResolveComplaintMutation = graphql(`
  mutation ResolveComplaint($id: ID!, $resolution: String!) {
    resolveComplaint(id: $id, resolution: $resolution) {
      id status firstResponseAt resolvedAt closedAt resolution satisfaction assigneeLogin assigneeName escalationLevel
      responseSla { state dueAt minutesLeft minutesTaken }
      resolutionSla { state dueAt minutesLeft minutesTaken }
      events { id at actor action fromStatus toStatus note }
    }
  }
`);

export const CloseComplaintMutation = graphql(`
  mutation CloseComplaint($id: ID!, $satisfaction: Int!, $note: String) {
    closeComplaint(id: $id, satisfaction: $satisfaction, note: $note) {
      id status firstResponseAt resolvedAt closedAt resolution satisfaction assigneeLogin assigneeName escalationLevel
      responseSla { state dueAt minutesLeft minutesTaken }
      resolutionSla { state dueAt minutesLeft minutesTaken }
      events { id at actor action fromStatus toStatus note }
    }
  }
`);

export const ReopenComplaintMutation = graphql(`
  mutation ReopenComplaint($id: ID!, $note: String) {
    reopenComplaint(id: $id, note: $note) {
      id status firstResponseAt resolvedAt closedAt resolution satisfaction assigneeLogin assigneeName escalationLevel
      responseSla { state dueAt minutesLeft minutesTaken }
      resolutionSla { state dueAt minutesLeft minutesTaken }
      events { id at actor action fromStatus toStatus note }
    }
  }
`);

export const AssignComplaintMutation = graphql(`
  mutation AssignComplaint($id: ID!, $assignee: String!) {
    assignComplaint(id: $id, assignee: $assignee) {
      id status firstResponseAt resolvedAt closedAt resolution satisfaction assigneeLogin assigneeName escalationLevel
      responseSla { state dueAt minutesLeft minutesTaken }
      resolutionSla { state dueAt minutesLeft minutesTaken }
      events { id at actor action fromStatus toStatus note }
    }
  }
`);

export const OpenComplaintMutation = graphql(`
  mutation OpenComplaint($input: OpenComplaintInput!) {
    openComplaint(input: $input) { id status }
  }
`);

/** Colleagues a complaint can be handed to (the branch's account managers). */
export const ComplaintAssigneesQuery = graphql(`
  query ComplaintAssignees($branch: String) {
    accountManagersConnection(branch: $branch, first: 100) { edges { node { login displayName branch } } }
  }
`);

/** Fault tickets with their response and repair clocks. */
export const FaultTicketsQuery = graphql(`
  query FaultTickets(
    $filter: FaultTicketFilter
    $orderBy: DeskOrder! = URGENCY
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    faultTickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id tid description status reportedAt openedBy assigneeLogin assigneeName assignedAt onSiteAt fixedAt
          closedAt resolution
          merchant { mid name branch }
          terminal { id tid model serialNo status }
          responseSla { state dueAt minutesLeft minutesTaken }
          repairSla { state dueAt minutesLeft minutesTaken }
          events { id at actor fromStatus toStatus note }
        }
      }
    }
  }
`);

export const AssignFaultTicketMutation = graphql(`
  mutation AssignFaultTicket($id: ID!, $assignee: String) {
    assignFaultTicket(id: $id, assignee: $assignee) {
      id status assigneeLogin assigneeName assignedAt onSiteAt fixedAt closedAt resolution
      terminal { id status }
      responseSla { state dueAt minutesLeft minutesTaken }
      repairSla { state dueAt minutesLeft minutesTaken }
      events { id at actor fromStatus toStatus note }
    }
  }
`);

export const MoveFaultTicketMutation = graphql(`
  mutation MoveFaultTicket($id: ID!, $to: FaultStatus!, $note: String) {
    moveFaultTicket(id: $id, to: $to, note: $note) {
      id status assigneeLogin assigneeName assignedAt onSiteAt fixedAt closedAt resolution
      terminal { id status }
      responseSla { state dueAt minutesLeft minutesTaken }
      repairSla { state dueAt minutesLeft minutesTaken }
      events { id at actor fromStatus toStatus note }
    }
  }
`);

export const OpenFaultTicketMutation = graphql(`
  mutation OpenFaultTicket($input: FaultTicketInput!) {
    openFaultTicket(input: $input) { id status tid }
  }
`);
