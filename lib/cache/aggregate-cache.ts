import type { Database } from '@/db/types';

// A small in-process cache for aggregates that are the same for every viewer
// and costly to compute (/insights, stage guides). Entries live at most `ttlMs`
// and are dropped at once by the writes that change them (`aggregatesChanged`,
// called by the services after their commit); other app instances catch up
// within the TTL. Framework-free, so services, tests and scripts share it.
//
// Entries are kept per database handle (tests open many) and per scope, at
// most `maxEntries` per handle, the least recently used going first. A load in
// flight is shared by concurrent readers; one that started before a write
// is not kept after it.

/** What a write can change. */
export type AggregateScope = 'stories' | 'conduct';

export interface AggregateCacheOptions {
  ttlMs: number;
  maxEntries?: number;
  /** Milliseconds since the epoch (tests pass a fixed clock). */
  now?: () => number;
}

interface Entry {
  scope: AggregateScope;
  expiresAt: number;
  value: Promise<unknown>;
}

interface Store {
  entries: Map<string, Entry>;
  generation: Record<AggregateScope, number>;
}

// On globalThis: Next.js may load this module more than once in a process,
// and a write in one copy must clear what a page reads through another.
const holder = globalThis as unknown as { __ashoreAggregateCache?: WeakMap<Database, Store> };
const stores = (holder.__ashoreAggregateCache ??= new WeakMap<Database, Store>());

function storeOf(db: Database): Store {
  let store = stores.get(db);
  if (!store) {
    store = { entries: new Map(), generation: { stories: 0, conduct: 0 } };
    stores.set(db, store);
  }
  return store;
}

/** `load()`'s result, from the cache while it is fresh. A TTL of 0 turns caching off. */
export function cachedAggregate<T>(
  db: Database,
  scope: AggregateScope,
  key: string,
  options: AggregateCacheOptions,
  load: () => Promise<T>,
): Promise<T> {
  if (options.ttlMs <= 0) return load();
  const { maxEntries = 500, now = Date.now } = options;
  const store = storeOf(db);
  const id = `${scope}:${key}`;
  const hit = store.entries.get(id);
  if (hit && hit.expiresAt > now()) {
    // Most recently used last.
    store.entries.delete(id);
    store.entries.set(id, hit);
    return hit.value as Promise<T>;
  }
  const generation = store.generation[scope];
  const entry: Entry = { scope, expiresAt: now() + options.ttlMs, value: load() };
  store.entries.delete(id);
  store.entries.set(id, entry);
  while (store.entries.size > maxEntries) store.entries.delete(store.entries.keys().next().value!);
  const forget = () => {
    if (store.entries.get(id) === entry) store.entries.delete(id);
  };
  entry.value.then(
    // Computed from data a write has since changed: serve it to whoever asked, keep it for no one.
    () => store.generation[scope] !== generation && forget(),
    forget,
  );
  return entry.value as Promise<T>;
}

/** A write changed what `scope`'s aggregates count: drop them. Call after the commit. */
export function aggregatesChanged(db: Database, scope: AggregateScope): void {
  const store = stores.get(db);
  if (!store) return;
  store.generation[scope]++;
  for (const [id, entry] of store.entries) if (entry.scope === scope) store.entries.delete(id);
}
