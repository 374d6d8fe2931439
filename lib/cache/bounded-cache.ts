/**
 * An in-process cache with three bounds: a number of entries, an estimated
 * size in bytes (the caller measures each value) and an age. The least
 * recently used entries go first when a bound is hit, so memory stays within
 * maxBytes whatever the traffic. Framework-free; the clock is injectable.
 */
export interface BoundedCacheOptions<V> {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
  sizeOf: (value: V) => number;
  now?: () => number;
}

interface Entry<V> {
  value: V;
  bytes: number;
  expiresAt: number;
}

export class BoundedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private bytes = 0;

  constructor(private readonly options: BoundedCacheOptions<V>) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key, entry);
      return undefined;
    }
    // Map order is recency order: move the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    const bytes = this.options.sizeOf(value);
    // A value larger than a quarter of the budget is not worth evicting others for.
    if (this.options.maxEntries <= 0 || bytes > this.options.maxBytes / 4) return;
    this.entries.set(key, { value, bytes, expiresAt: this.now() + this.options.ttlMs });
    this.bytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  /** Drops every entry whose key starts with the prefix. */
  deletePrefix(prefix: string): void {
    for (const [key, entry] of this.entries) if (key.startsWith(prefix)) this.remove(key, entry);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string, entry: Entry<V>) {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }
}
