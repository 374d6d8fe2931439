import { describe, expect, it } from 'vitest';
import { BoundedCache } from '@/lib/cache/bounded-cache';

function cache(options: { maxEntries?: number; maxBytes?: number; ttlMs?: number } = {}) {
  let now = 0;
  const c = new BoundedCache<string>({
    maxEntries: options.maxEntries ?? 10,
    maxBytes: options.maxBytes ?? 1000,
    ttlMs: options.ttlMs ?? 1000,
    sizeOf: (v) => v.length,
    now: () => now,
  });
  return { c, advance: (ms: number) => (now += ms) };
}

describe('BoundedCache', () => {
  it('keeps at most maxEntries, dropping the least recently used first', () => {
    const { c } = cache({ maxEntries: 2 });
    c.set('a', 'x');
    c.set('b', 'x');
    c.get('a');
    c.set('c', 'x');
    expect(c.get('a')).toBe('x');
    expect(c.get('b')).toBeUndefined();
    expect(c.size).toBe(2);
  });

  it('keeps the estimated size under maxBytes and refuses a value too large to be worth it', () => {
    const { c } = cache({ maxBytes: 100 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) c.set(key, 'x'.repeat(24));
    expect(c.totalBytes).toBeLessThanOrEqual(100);
    expect(c.get('a')).toBeUndefined();
    expect(c.get('e')).toBeDefined();
    c.set('big', 'x'.repeat(60));
    expect(c.get('big')).toBeUndefined();
  });

  it('forgets entries older than the ttl and those a prefix names', () => {
    const { c, advance } = cache({ ttlMs: 50 });
    c.set('1|a', 'x');
    c.set('2|a', 'x');
    c.deletePrefix('1|');
    expect(c.get('1|a')).toBeUndefined();
    expect(c.get('2|a')).toBe('x');
    advance(50);
    expect(c.get('2|a')).toBeUndefined();
    expect(c.totalBytes).toBe(0);
  });
});
