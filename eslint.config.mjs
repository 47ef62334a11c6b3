// ESLint checks one thing here: the GraphQL schema's lists follow the Relay connection spec, as
// GitHub's API does (biome lints the TypeScript). `pnpm lint:schema`; CI runs it.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['packages/server/schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'packages/server/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/relay-page-info': 'error',
      '@graphql-eslint/relay-connection-types': 'error',
      // Some lists page rows that are not objects of their own (points per branch, KPIs per manager,
      // a merchant's change entries): the Relay spec asks of an edge's node only that it be an
      // object, so the rule's stricter "implements Node" is off; the entities are Nodes regardless.
      '@graphql-eslint/relay-edge-types': [
        'error',
        { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false },
      ],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
    },
  },
];
