/**
 * A timer of a long job's phases for the benchmarks: with CORNERSTONE_TIMING=1 each call prints
 * `phase <prefix>.<name> <ms> ms` to stderr — the milliseconds since the previous call — and
 * nothing without it. `from`: when the first phase began, on performance.now()'s clock (0 is the
 * process's start); `memory`: add the process's memory to each line.
 */
export function phaseTimer(prefix: string, opts: { from?: number; memory?: boolean } = {}) {
  let mark = opts.from ?? performance.now();
  return (name: string) => {
    if (process.env.CORNERSTONE_TIMING) {
      let memory = '';
      if (opts.memory) {
        const m = process.memoryUsage();
        const mib = (n: number) => Math.round(n / 1048576);
        memory = ` (rss ${mib(m.rss)} MiB, heap ${mib(m.heapUsed)}, external ${mib(m.external)})`;
      }
      const label = prefix ? `${prefix}.${name}` : name;
      process.stderr.write(`phase ${label} ${Math.round(performance.now() - mark)} ms${memory}\n`);
    }
    mark = performance.now();
  };
}
