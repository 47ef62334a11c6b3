import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache.ts';

describe('ResultCache', () => {
  it('keeps answers by key, computes each once, and drops the least recently used past its size', async () => {
    const cache = new ResultCache<number>(2);
    let computed = 0;
    const answer = (n: number) => async () => {
      computed++;
      return n;
    };
    expect(await cache.through('a', answer(1))).toBe(1);
    expect(await cache.through('a', answer(99))).toBe(1);
    expect(computed).toBe(1);
    await cache.through('b', answer(2));
    cache.get('a'); // a is now the most recent: b goes first
    await cache.through('c', answer(3));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
  });

  it('never keeps what has no key', async () => {
    const cache = new ResultCache<number>();
    let computed = 0;
    for (let i = 0; i < 3; i++) await cache.through(null, async () => ++computed);
    expect(computed).toBe(3);
    expect(cache.size).toBe(0);
  });

  it('keeps nothing when the computation fails', async () => {
    const cache = new ResultCache<number>();
    await expect(cache.through('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(cache.get('k')).toBeUndefined();
  });
});
