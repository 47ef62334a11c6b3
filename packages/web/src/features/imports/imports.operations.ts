import { graphql } from '../../gql/gql.ts';

/**
 * One run, polled while it runs: its counts, how the file was read, and its first and last error
 * (where the server puts a problem of the whole file, which no skipping gets past).
 */
export const ImportRunQuery = graphql(`
  query ImportRun($id: Int!) {
    importRun(id: $id) {
      id kind fileName status progress rowsRead inserted updated skipped rejected startedAt finishedAt
      format encoding sheet errorCount
      firstError: errorsConnection(first: 1) { edges { node { row column } } }
      lastError: errorsConnection(last: 1) { edges { node { row column } } }
    }
  }
`);

/**
 * A page of a run's bad cells, in file order (the table shows the first 1,000): each with its
 * problem's code and params, worded in the user's language, and its English for older runs.
 */
export const ImportRunErrorsQuery = graphql(`
  query ImportRunErrors($id: Int!, $first: Int, $after: String, $last: Int, $before: String) {
    importRun(id: $id) {
      id
      errorsConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { row column cell message code params } }
      }
    }
  }
`);

/** The runs you may see (your own; administrators all), newest first, a page at a time. */
export const ImportRunsQuery = graphql(`
  query ImportRuns($first: Int, $after: String, $last: Int, $before: String) {
    importRunsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node { id runId kind fileName status progress rowsRead inserted updated skipped rejected startedAt finishedAt }
      }
    }
  }
`);
