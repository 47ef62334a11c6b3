// A small per-process memo of answers computed from data that cannot change under their key: the
// key holds the version of everything the answer was read from (a stored ranking's snapshot, a tier
// snapshot run's id, the scheme, the caller's scope), so an entry is never stale, only unused. When
// the data changes its version changes, and the old entry ages out of the LRU order. Each server
// process keeps its own; they agree because they read the same versions from the database.

export class ResultCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max = 500) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: T): T {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** The cached answer for `key`, or `compute`'s (kept); a null key means "do not cache". */
  async through(key: string | null, compute: () => Promise<T>): Promise<T> {
    if (key === null) return compute();
    const hit = this.get(key);
    return hit !== undefined ? hit : this.set(key, await compute());
  }

  get size(): number {
    return this.entries.size;
  }
}
