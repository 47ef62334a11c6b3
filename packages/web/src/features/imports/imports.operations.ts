import { graphql } from '../../gql/gql.ts';

/** One run with its rejected rows; polled while it runs. */
export const ImportRunQuery = graphql(`
  query ImportRun($id: Int!) {
    importRun(id: $id) {
      id kind fileName status progress rowsRead inserted updated skipped rejected startedAt finishedAt
      errors { row column message }
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
