import { BoundedCache } from './bounded-cache';

/**
 * A whole-response microcache for signed-out visitors, the in-app cousin of
 * nginx microcaching: a public page that every guest sees alike is rendered
 * once and served from memory for a few seconds. proxy.ts wires it into
 * Next.js; everything here is framework-free so it can be unit-tested.
 *
 * Safety rules, in order:
 * - only GET/HEAD of public read paths, with no session cookie and no
 *   RSC/prefetch/server-action marker, ever read or fill the cache, so a
 *   member never receives a guest page and no member's page is ever stored;
 * - only a 200 text/html answer without Set-Cookie, and without a page's own
 *   private/no-store, is stored;
 * - the stored CSP nonce is replaced with the request's fresh nonce, so a
 *   cached page is as strict as a fresh one;
 * - every write through the app bumps a generation shared across the proxy
 *   and app bundles (see pageCacheSignal), which drops every entry and makes
 *   renders already in flight unstorable.
 */

/** Auth.js v5 session cookies, plain and __Secure-, possibly chunked (.0, .1 …). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Headers with which the Next.js client asks for RSC payloads, prefetches or actions. */
const RSC_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];

/** Public read pages whose HTML depends only on the URL and the language. */
const CACHEABLE_PATH = /^\/(?:|stories|settled|questions|t\/[^/]+(?:\/.*)?|stages(?:\/.*)?)$/;

export interface CacheRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: Headers;
  /** Names of the cookies the request carries. */
  cookieNames: string[];
}

export function hasSessionCookie(cookieNames: string[]): boolean {
  return cookieNames.some((name) => SESSION_COOKIE.test(name));
}

/** Whether this request may be answered from, and fill, the guest page cache. */
export function isCacheableRequest(request: CacheRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!CACHEABLE_PATH.test(request.pathname)) return false;
  if (request.searchParams.has('_rsc')) return false;
  if (RSC_HEADERS.some((name) => request.headers.has(name))) return false;
  return !hasSessionCookie(request.cookieNames);
}

/** The locale is part of the key: the same URL is rendered in each language. */
export function pageCacheKey(pathname: string, search: string, locale: string): string {
  return `${locale}|${pathname}${search}`;
}

/** Next.js's own header on every dynamically rendered page; not the page opting out. */
const FRAMEWORK_DEFAULT_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * Only a plain successful HTML page with no cookie and no explicit
 * private/no-store of its own is the same for every guest.
 */
export function isStorableResponse(status: number, headers: Headers): boolean {
  if (status !== 200) return false;
  if (!(headers.get('content-type') ?? '').startsWith('text/html')) return false;
  if (headers.has('set-cookie')) return false;
  const cacheControl = headers.get('cache-control');
  if (cacheControl && cacheControl !== FRAMEWORK_DEFAULT_CACHE_CONTROL && /\b(private|no-store)\b/i.test(cacheControl)) {
    return false;
  }
  return true;
}

/** The nonce of a Content-Security-Policy header (`'nonce-…'`), if any. */
export function nonceOfPolicy(policy: string | null): string | null {
  const match = policy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/);
  return match?.[1] ?? null;
}

/**
 * Puts this request's nonce wherever the stored page carries the old one
 * (script tags, Next's inline bootstrap). A 128-bit random base64 string does
 * not occur in page text by chance, so an exact replacement is safe.
 */
export function swapNonce(html: string, storedNonce: string, freshNonce: string): string {
  return html.split(storedNonce).join(freshNonce);
}

export interface CachedPage {
  /**
   * The UTF-8 body cut at every occurrence of the nonce it was rendered
   * with: serving a hit is then a copy of bytes with the fresh nonce in
   * between, not a scan and re-encoding of the whole page.
   */
  segments: Uint8Array[];
  /** Response headers worth replaying (content type, vary, cache-control…). */
  headers: [string, string][];
}

export function storedPage(body: string, renderedNonce: string, headers: [string, string][]): CachedPage {
  const encoder = new TextEncoder();
  return { segments: body.split(renderedNonce).map((part) => encoder.encode(part)), headers };
}

/** The stored body with this request's nonce wherever the rendered one stood. */
export function bodyWithNonce(page: CachedPage, nonce: string): Uint8Array<ArrayBuffer> {
  const nonceBytes = new TextEncoder().encode(nonce);
  const total = page.segments.reduce((sum, s) => sum + s.byteLength, 0) + nonceBytes.byteLength * (page.segments.length - 1);
  const out = new Uint8Array(total);
  let offset = 0;
  page.segments.forEach((segment, i) => {
    if (i > 0) {
      out.set(nonceBytes, offset);
      offset += nonceBytes.byteLength;
    }
    out.set(segment, offset);
    offset += segment.byteLength;
  });
  return out;
}

/** Response headers kept with a stored page; security headers are rebuilt per request. */
export const REPLAYED_HEADERS = ['content-type', 'cache-control', 'vary', 'content-language', 'link', 'x-robots-tag'];

export interface PageCacheSettings {
  ttlMs: number;
  maxBytes: number;
  maxEntries: number;
  now?: () => number;
}

export type RenderResult = { storable: true; page: CachedPage } | { storable: false };

export class PageCache {
  private readonly pages: BoundedCache<CachedPage>;
  private readonly inFlight = new Map<string, Promise<RenderResult>>();
  private generation = 0;

  constructor(private readonly settings: PageCacheSettings) {
    this.pages = new BoundedCache({
      ttlMs: settings.ttlMs,
      maxBytes: settings.maxBytes,
      maxEntries: settings.ttlMs > 0 ? settings.maxEntries : 0,
      sizeOf: (page) => page.segments.reduce((sum, s) => sum + s.byteLength, 512),
      now: settings.now,
    });
  }

  get enabled(): boolean {
    return this.settings.ttlMs > 0;
  }

  get stats() {
    return { entries: this.pages.size, bytes: this.pages.totalBytes, generation: this.generation };
  }

  get(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  /**
   * Single flight: concurrent misses for one key share one render. A render
   * that started before an invalidation is handed to its waiters (it was
   * current when they asked) but never stored.
   */
  async fill(key: string, render: () => Promise<RenderResult>): Promise<RenderResult> {
    const flightKey = `${this.generation}|${key}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending;
    const startedAt = this.generation;
    const flight = (async () => {
      try {
        const result = await render();
        if (result.storable && startedAt === this.generation) this.pages.set(key, result.page);
        return result;
      } finally {
        this.inFlight.delete(flightKey);
      }
    })();
    this.inFlight.set(flightKey, flight);
    return flight;
  }

  /** After any write: what guests see may have changed anywhere (lists, counts, the thread). */
  invalidateAll(): void {
    this.generation += 1;
    this.pages.clear();
    this.inFlight.clear();
  }
}

/**
 * The proxy bundle and the app bundle are separate module graphs in one
 * process, so they meet on globalThis under a registered symbol: the proxy
 * owns the cache and the per-process secret, the app's writes invalidate it.
 */
export interface PageCacheSignal {
  cache: PageCache | null;
  /** Random per process: marks the proxy's own loopback render, which must pass through. */
  secret: string;
}

const SIGNAL = Symbol.for('ashore.pageCache');

export function pageCacheSignal(): PageCacheSignal {
  const registry = globalThis as unknown as Record<symbol, PageCacheSignal | undefined>;
  let signal = registry[SIGNAL];
  if (!signal) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    signal = { cache: null, secret: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') };
    registry[SIGNAL] = signal;
  }
  return signal;
}

/** Called by the data-access layer after every write guests could notice. */
export function invalidateGuestPages(): void {
  pageCacheSignal().cache?.invalidateAll();
}

/** Constant-time comparison of the internal header with the process secret. */
export function isInternalRender(headerValue: string | null, secret: string): boolean {
  if (!headerValue || headerValue.length !== secret.length) return false;
  let difference = 0;
  for (let i = 0; i < secret.length; i++) difference |= headerValue.charCodeAt(i) ^ secret.charCodeAt(i);
  return difference === 0;
}

export const INTERNAL_RENDER_HEADER = 'x-ashore-page-render';
export const CACHE_STATUS_HEADER = 'x-ashore-cache';
