import { graphql } from '../../gql/gql.ts';

// The product catalogue (产品目录) as its settings page pages, adds to and changes it.

export const CatalogueQuery = graphql(`
  query Catalogue($first: Int, $after: String, $last: Int, $before: String) {
    productsConnection(includeInactive: true, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node { id code nameZh nameEn reasonZh reasonEn rule cooldownDays active }
      }
    }
  }
`);

export const SaveProductMutation = graphql(`
  mutation SaveProduct($input: ProductInput!) {
    saveProduct(input: $input) { id code nameZh nameEn reasonZh reasonEn rule cooldownDays active }
  }
`);
