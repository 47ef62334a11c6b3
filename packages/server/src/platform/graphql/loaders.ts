import DataLoader from 'dataloader';

/**
 * Per-request loaders, keyed by a string (e.g. `${period}|${merchantId}`), so a list of N merchants
 * asking for one field costs one batched query, not N.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<string, unknown>>();

  get<V>(
    name: string,
    batch: (keys: readonly string[]) => Promise<Map<string, V>>,
    fallback: V,
  ): DataLoader<string, V> {
    let loader = this.byName.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await batch(keys);
        return keys.map((k) => (found.has(k) ? (found.get(k) as V) : fallback));
      });
      this.byName.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
