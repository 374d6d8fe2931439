import { describe, expect, it } from 'vitest';
import {
  bodyWithNonce,
  storedPage,
  hasSessionCookie,
  invalidateGuestPages,
  isCacheableRequest,
  isInternalRender,
  isStorableResponse,
  nonceOfPolicy,
  PageCache,
  pageCacheKey,
  pageCacheSignal,
  swapNonce,
  type CachedPage,
  type RenderResult,
} from '@/lib/cache/page-cache';

function request(pathname: string, init: { method?: string; headers?: Record<string, string>; cookies?: string[]; search?: string } = {}) {
  return {
    method: init.method ?? 'GET',
    pathname,
    searchParams: new URLSearchParams(init.search ?? ''),
    headers: new Headers(init.headers ?? {}),
    cookieNames: init.cookies ?? [],
  };
}

const page = (body: string): CachedPage => storedPage(body, 'N0nce', [['content-type', 'text/html; charset=utf-8']]);
const text = (p: CachedPage | undefined) => (p ? new TextDecoder().decode(bodyWithNonce(p, 'N0nce')) : undefined);

describe('which requests the guest page cache may answer', () => {
  it('takes guests on public read pages', () => {
    for (const path of ['/', '/stories', '/settled', '/questions', '/t/12', '/t/12/some-slug', '/stages', '/stages/collection']) {
      expect(isCacheableRequest(request(path)), path).toBe(true);
    }
    expect(isCacheableRequest(request('/t/12', { method: 'HEAD' }))).toBe(true);
  });

  it('never takes a request carrying an Auth.js session cookie, plain, secure or chunked', () => {
    for (const name of ['authjs.session-token', '__Secure-authjs.session-token', 'authjs.session-token.0', '__Secure-authjs.session-token.1']) {
      expect(hasSessionCookie([name])).toBe(true);
      expect(isCacheableRequest(request('/t/12', { cookies: ['NEXT_LOCALE', name] }))).toBe(false);
    }
    expect(isCacheableRequest(request('/t/12', { cookies: ['NEXT_LOCALE', 'authjs.csrf-token'] }))).toBe(true);
  });

  it('leaves RSC payloads, prefetches, server actions and writes to Next.js', () => {
    expect(isCacheableRequest(request('/t/12', { headers: { RSC: '1' } }))).toBe(false);
    expect(isCacheableRequest(request('/t/12', { headers: { 'Next-Router-Prefetch': '1' } }))).toBe(false);
    expect(isCacheableRequest(request('/t/12', { headers: { 'Next-Action': 'abc' } }))).toBe(false);
    expect(isCacheableRequest(request('/t/12', { search: '_rsc=x1' }))).toBe(false);
    expect(isCacheableRequest(request('/t/12', { method: 'POST' }))).toBe(false);
  });

  it('leaves private, moderator, account and API paths alone', () => {
    for (const path of ['/mod', '/mod/queue', '/me', '/settings', '/api/health', '/notifications', '/signin', '/signup', '/search', '/new', '/stories/x/y', '/tx']) {
      expect(isCacheableRequest(request(path)), path).toBe(false);
    }
  });
});

describe('keys and stored responses', () => {
  it('keys by path, query and language', () => {
    expect(pageCacheKey('/t/1', '?after=5', 'en')).not.toBe(pageCacheKey('/t/1', '?after=5', 'zh-CN'));
    expect(pageCacheKey('/t/1', '?after=5', 'en')).not.toBe(pageCacheKey('/t/1', '', 'en'));
  });

  it('stores only plain 200 HTML without cookies or a page’s own private/no-store', () => {
    const html = { 'content-type': 'text/html; charset=utf-8' };
    expect(isStorableResponse(200, new Headers(html))).toBe(true);
    expect(isStorableResponse(200, new Headers({ ...html, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }))).toBe(true);
    expect(isStorableResponse(404, new Headers(html))).toBe(false);
    expect(isStorableResponse(307, new Headers(html))).toBe(false);
    expect(isStorableResponse(200, new Headers({ 'content-type': 'application/json' }))).toBe(false);
    expect(isStorableResponse(200, new Headers({ ...html, 'set-cookie': 'a=b' }))).toBe(false);
    expect(isStorableResponse(200, new Headers({ ...html, 'cache-control': 'private' }))).toBe(false);
    expect(isStorableResponse(200, new Headers({ ...html, 'cache-control': 'no-store' }))).toBe(false);
  });

  it('replaces every occurrence of the stored nonce with the fresh one', () => {
    const stored = 'q0zE1cQ+/aB9xYz0Q1w2eA==';
    const policy = `default-src 'self'; script-src 'self' 'nonce-${stored}' 'strict-dynamic'`;
    expect(nonceOfPolicy(policy)).toBe(stored);
    const html = `<script nonce="${stored}">a</script><script nonce="${stored}" src="/x.js"></script>`;
    expect(swapNonce(html, stored, 'x')).toBe('<script nonce="x">a</script><script nonce="x" src="/x.js"></script>');
    const swapped = new TextDecoder().decode(bodyWithNonce(storedPage(html, stored, []), 'FRESH+nonce/value=='));
    expect(swapped).not.toContain(stored);
    expect(swapped.match(/FRESH\+nonce\/value==/g)).toHaveLength(2);
  });

  it('accepts the internal render marker only with the exact process secret', () => {
    const { secret } = pageCacheSignal();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(isInternalRender(secret, secret)).toBe(true);
    expect(isInternalRender(null, secret)).toBe(false);
    expect(isInternalRender('1', secret)).toBe(false);
    expect(isInternalRender(secret.slice(0, -1) + (secret.endsWith('0') ? '1' : '0'), secret)).toBe(false);
  });
});

describe('PageCache', () => {
  const settings = (now: () => number) => ({ ttlMs: 5000, maxBytes: 1024 * 1024, maxEntries: 10, now });

  it('renders once for concurrent misses of one key and serves the stored page until it expires', async () => {
    let time = 0;
    const cache = new PageCache(settings(() => time));
    let renders = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const render = async (): Promise<RenderResult> => {
      renders += 1;
      await gate;
      return { storable: true, page: page('<p>one</p>') };
    };
    const all = Promise.all([cache.fill('k', render), cache.fill('k', render), cache.fill('k', render)]);
    release();
    const results = await all;
    expect(renders).toBe(1);
    expect(results.every((r) => r.storable && text(r.page) === '<p>one</p>')).toBe(true);
    expect(text(cache.get('k'))).toBe('<p>one</p>');
    time = 5001;
    expect(cache.get('k')).toBeUndefined();
  });

  it('does not store what the render refused', async () => {
    const cache = new PageCache(settings(() => 0));
    await cache.fill('k', async () => ({ storable: false }));
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops every page on a write signalled from another module graph, and never stores a render that straddled it', async () => {
    const cache = new PageCache(settings(() => 0));
    const signal = pageCacheSignal();
    const previous = signal.cache;
    signal.cache = cache;
    try {
      await cache.fill('a', async () => ({ storable: true, page: page('old') }));
      expect(cache.get('a')).toBeDefined();
      invalidateGuestPages();
      expect(cache.get('a')).toBeUndefined();

      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const straddling = cache.fill('b', async () => {
        await gate;
        return { storable: true, page: page('rendered before the write') };
      });
      invalidateGuestPages();
      // A request after the write does not join the stale render.
      const fresh = cache.fill('b', async () => ({ storable: true, page: page('after the write') }));
      release();
      await straddling;
      await fresh;
      expect(text(cache.get('b'))).toBe('after the write');
    } finally {
      signal.cache = previous;
    }
  });

  it('is off with a zero TTL and stays within its byte bound', async () => {
    const off = new PageCache({ ttlMs: 0, maxBytes: 1024, maxEntries: 10, now: () => 0 });
    expect(off.enabled).toBe(false);
    const small = new PageCache({ ttlMs: 5000, maxBytes: 40_000, maxEntries: 100, now: () => 0 });
    for (let i = 0; i < 20; i++) await small.fill(`k${i}`, async () => ({ storable: true, page: page('x'.repeat(4000)) }));
    expect(small.stats.bytes).toBeLessThanOrEqual(40_000);
    expect(small.get('k19')).toBeDefined();
    expect(small.get('k0')).toBeUndefined();
  });
});
