import 'server-only';
import { invalidateGuestPages } from '../cache/page-cache';
import { env } from '../env';
import { GuestCache } from '../threads/guest-cache';

// One cache per server process for what every signed-out visitor sees
// (lib/threads/guest-cache.ts). Bounded by GUEST_CACHE_MAX_MB and
// GUEST_CACHE_ENTRIES; GUEST_CACHE_TTL_SECONDS=0 turns it off.

const state = globalThis as unknown as { __ashoreGuestCache?: GuestCache };

export function guestCache(): GuestCache {
  if (!state.__ashoreGuestCache) {
    const config = env();
    state.__ashoreGuestCache = new GuestCache({
      ttlMs: config.GUEST_CACHE_TTL_SECONDS * 1000,
      maxBytes: config.GUEST_CACHE_MAX_MB * 1024 * 1024,
      maxEntries: config.GUEST_CACHE_TTL_SECONDS > 0 ? config.GUEST_CACHE_ENTRIES : 0,
    });
  }
  return state.__ashoreGuestCache;
}

/** Runs a write, then drops what guests would otherwise keep seeing stale. */
export async function invalidatingThread<T>(threadIdOf: (result: T) => number | null, write: Promise<T>): Promise<T> {
  const result = await write;
  const threadId = threadIdOf(result);
  if (threadId === null) guestCache().invalidateAll();
  else guestCache().invalidateThread(threadId);
  // Whole guest pages (proxy.ts) hold lists and counts too: all of them go.
  invalidateGuestPages();
  return result;
}

export async function invalidatingAll<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  guestCache().invalidateAll();
  invalidateGuestPages();
  return result;
}
