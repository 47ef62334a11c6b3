// The server's layers (docs/architecture.md), lowest first, and the sideways arrows allowed within
// a layer, each with its why. .dependency-cruiser.cjs turns them into rules; test/layers.test.ts
// checks that every folder of packages/server/src is in a layer.
const LAYERS = [
  ['platform'],
  ['identity'],
  ['merchant'],
  ['settlement'],
  ['tier', 'loyalty', 'clv'],
  ['interaction', 'task', 'service-desk', 'product', 'benchmark', 'event', 'calendar'],
  ['webhooks', 'imports', 'exports'],
  ['app'],
];
const SIDEWAYS = {
  // A task falls due from the merchant's last contact, so the task rules read interactions.
  task: ['interaction'],
  // Attending an event is a contact with the merchant: it is recorded as an interaction.
  event: ['interaction'],
  // The holiday calendar dates the greeting campaign's holidays: it speaks the campaign's codes.
  calendar: ['task'],
};

module.exports = { LAYERS, SIDEWAYS };
