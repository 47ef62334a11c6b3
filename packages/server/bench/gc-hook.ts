// Loaded into the server process by the load benchmark only (`node --expose-gc --import`): on
// SIGUSR2, a full garbage collection, then the process's memory as one line on stderr. Lets the
// benchmark tell memory still in use from memory V8 has simply not collected yet.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stderr.write(`gc-memory ${JSON.stringify(process.memoryUsage())}\n`);
});
