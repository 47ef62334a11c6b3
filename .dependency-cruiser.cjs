// What may import what: the platform below the features, the features below the app that
// assembles them, web features apart, shared pure, no cycles. `pnpm deps` checks it in CI: a new arrow that breaks
// a rule fails the build. The arrows of today's layout that break the target layering are listed in
// .dependency-cruiser-known-violations.json and leave that list as the layers move; never add to it
// by hand — a new exception is a design question, answered here with a line of why.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle at all, between files or through folders.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'web-features-apart',
      severity: 'error',
      comment:
        'A web feature never imports another; app/ composes them and what two share moves to components/ or lib/.',
      from: { path: '^packages/web/src/features/([^/]+)/' },
      to: { path: '^packages/web/src/features/', pathNot: '^packages/web/src/features/$1/' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'packages/shared holds pure rules: no server, web, database or HTTP code.',
      from: { path: '^packages/shared/src/' },
      to: {
        path: ['^packages/(server|web)/', 'node_modules/(@mikro-orm|pg|express|react|@apollo)/'],
      },
    },
    {
      name: 'platform-below-product',
      severity: 'error',
      comment: 'The platform (config, logger, db, the GraphQL kit) knows no feature; features build on it.',
      from: {
        path: '^packages/server/src/(config|logger)\\.ts$|^packages/server/src/(db|graphql)/',
        pathNot:
          '^packages/server/src/graphql/(schema|emit-schema)\\.ts$|^packages/server/src/db/entities\\.ts$',
      },
      to: { path: '^packages/server/src/(modules|cli)/|^packages/server/src/(app|server)\\.ts$' },
    },
    {
      name: 'features-below-app',
      severity: 'error',
      comment: 'Features never import the app that assembles them (schema, server, CLI).',
      from: { path: '^packages/server/src/modules/' },
      to: { path: '^packages/server/src/(cli/|app\\.ts$|server\\.ts$|graphql/schema\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/|\\.test\\.tsx?$|/gql/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
