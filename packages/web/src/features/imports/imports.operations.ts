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

export const ImportRunsQuery = graphql(`
  query ImportRuns($first: Int!) {
    importRuns(first: $first) { id kind fileName status progress rowsRead inserted updated skipped rejected startedAt finishedAt }
  }
`);
