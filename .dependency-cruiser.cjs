// What may import what: the platform below the features, the features below the app that
// assembles them, web features apart, shared pure, no cycles. `pnpm deps` checks it in CI: a new arrow that breaks
// a rule fails the build. The arrows of today's layout that break the target layering are listed in
// .dependency-cruiser-known-violations.json and leave that list as the layers move; never add to it
// by hand — a new exception is a design question, answered here with a line of why.
// The server's layers (docs/architecture.md) are in .dependency-cruiser-layers.cjs, lowest first. A
// folder imports its own layer and the ones below; never a layer above, and never another feature
// of its own layer unless SIDEWAYS there allows that arrow and says why.
const { LAYERS, SIDEWAYS } = require('./.dependency-cruiser-layers.cjs');
const SRC = '^packages/server/src/';

function serverLayers() {
  const rules = [
    {
      name: 'server-in-layers',
      severity: 'error',
      comment: 'Every server module lives in a layer folder: nothing imports a file loose in src/.',
      from: { path: SRC },
      to: { path: `${SRC}[^/]+$` },
    },
  ];
  LAYERS.forEach((layer, i) => {
    const above = LAYERS.slice(i + 1).flat();
    if (above.length)
      rules.push({
        name: `no-upward-from-${layer.join('-')}`,
        severity: 'error',
        comment: `${layer.join(', ')} (layer ${i}) never imports a layer above it.`,
        from: { path: `${SRC}(${layer.join('|')})/` },
        to: { path: `${SRC}(${above.join('|')})/` },
      });
    for (const feature of layer) {
      const others = layer.filter((f) => f !== feature && !(SIDEWAYS[feature] ?? []).includes(f));
      if (others.length && layer.length > 1)
        rules.push({
          name: `no-sideways-from-${feature}`,
          severity: 'error',
          comment: `${feature} never imports another feature of its layer (allowed arrows: SIDEWAYS).`,
          from: { path: `${SRC}${feature}/` },
          to: { path: `${SRC}(${others.join('|')})/` },
        });
    }
  });
  return rules;
}

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
    ...serverLayers(),
    {
      name: 'web-features-below-app',
      severity: 'error',
      comment: 'app/ composes the features; a feature, a component or a lib never imports app/.',
      from: { path: '^packages/web/src/(features|components|lib)/' },
      to: { path: '^packages/web/src/app/' },
    },
    {
      name: 'web-shared-below-features',
      severity: 'error',
      comment: 'components/ and lib/ serve every feature, so they import none.',
      from: { path: '^packages/web/src/(components|lib)/' },
      to: { path: '^packages/web/src/features/' },
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
