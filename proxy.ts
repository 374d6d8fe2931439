import { NextResponse, type NextRequest } from 'next/server';
import {
  CACHE_STATUS_HEADER,
  INTERNAL_RENDER_HEADER,
  isCacheableRequest,
  isInternalRender,
  isStorableResponse,
  nonceOfPolicy,
  PageCache,
  pageCacheKey,
  pageCacheSignal,
  REPLAYED_HEADERS,
  storedPage,
  bodyWithNonce,
  type CachedPage,
  type RenderResult,
} from '@/lib/cache/page-cache';
import { env } from '@/lib/env';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales';
import { refuseRequestBody } from '@/lib/security/body-limit';
import { buildSecurityHeaders, createNonce, CSP_HEADER } from '@/lib/security/headers';

// An optimistic layer only: security headers, a per-request CSP nonce,
// refusing oversized bodies early, and the guest page cache. No
// authentication or authorization is decided here (a header once let requests
// skip middleware entirely, CVE-2025-29927); the data-access layer and every
// server action check the session themselves. The page cache serves only
// requests without a session cookie, so skipping it can only cost speed.
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = buildSecurityHeaders(nonce, {
    // A build-time constant that Next inlines, not configuration: lib/env.ts
    // stays the reader of the app's settings.
    production: process.env.NODE_ENV === 'production',
    https: isHttps(request),
  });

  // Server actions answer a body over their limit with 500 and /api route
  // handlers have none, so bodies are refused here (see lib/security/body-limit.ts).
  const refusal = refuseRequestBody(request.headers);
  if (refusal !== null) {
    return new NextResponse(refusalText[refusal], {
      status: refusal,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  const signal = pageCacheSignal();
  const internal = isInternalRender(request.headers.get(INTERNAL_RENDER_HEADER), signal.secret);
  if (!internal && isCacheableRequest(cacheRequestOf(request))) {
    const cached = await fromPageCache(request, nonce, headers);
    if (cached) return cached;
  }

  // Next reads the nonce from the request's CSP header while rendering and
  // puts it on its own scripts; x-nonce is for our code, should a page ever
  // add a <Script>. Both overwrite whatever the client sent, and the internal
  // render marker never reaches the app.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(INTERNAL_RENDER_HEADER);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(CSP_HEADER, headers[CSP_HEADER]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function pageCache(): PageCache | null {
  const signal = pageCacheSignal();
  if (!signal.cache) {
    const config = env();
    signal.cache = new PageCache({
      ttlMs: config.PAGE_CACHE_TTL_SECONDS * 1000,
      maxBytes: config.PAGE_CACHE_MAX_MB * 1024 * 1024,
      maxEntries: 2000,
    });
  }
  return signal.cache.enabled ? signal.cache : null;
}

/**
 * Answers a guest from the cache, rendering the page once over loopback on a
 * miss. Returns null (render normally) when the cache is off or the page
 * cannot be cached.
 */
async function fromPageCache(request: NextRequest, nonce: string, security: Record<string, string>): Promise<NextResponse | null> {
  const cache = pageCache();
  if (!cache) return null;
  // The same negotiation the app renders with (lib/i18n/request.ts).
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
  const key = pageCacheKey(request.nextUrl.pathname, request.nextUrl.search, locale);

  let page = cache.get(key);
  let status: 'hit' | 'miss' = 'hit';
  if (!page) {
    status = 'miss';
    const result = await cache.fill(key, () => renderOverLoopback(request, locale));
    if (!result.storable) return null;
    page = result.page;
  }
  return replay(page, request.method, nonce, security, status);
}

function replay(page: CachedPage, method: string, nonce: string, security: Record<string, string>, status: 'hit' | 'miss') {
  const response = new NextResponse(method === 'HEAD' ? null : bodyWithNonce(page, nonce), { status: 200 });
  for (const [name, value] of page.headers) response.headers.set(name, value);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  response.headers.set(CACHE_STATUS_HEADER, status);
  return response;
}

/**
 * Fetches the page from this same server as a guest in the negotiated
 * language, marked with the process secret so this proxy passes it through.
 * Any failure falls back to rendering the visitor's request normally.
 */
async function renderOverLoopback(request: NextRequest, locale: string): Promise<RenderResult> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  try {
    const response = await fetch(new URL(request.nextUrl.pathname + request.nextUrl.search, origin), {
      headers: {
        [INTERNAL_RENDER_HEADER]: pageCacheSignal().secret,
        cookie: `${LOCALE_COOKIE}=${locale}`,
        'accept-language': locale,
        'accept-encoding': 'identity',
        // Nothing else of the visitor's request: headers such as
        // X-Forwarded-Host must not shape a page stored for everyone.
      },
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    const renderedNonce = nonceOfPolicy(response.headers.get(CSP_HEADER));
    if (!renderedNonce || !isStorableResponse(response.status, response.headers)) return { storable: false };
    const headers: [string, string][] = [];
    for (const name of REPLAYED_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers.push([name, value]);
    }
    return { storable: true, page: storedPage(body, renderedNonce, headers) };
  } catch {
    return { storable: false };
  }
}

function cacheRequestOf(request: NextRequest) {
  return {
    method: request.method,
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    headers: request.headers,
    cookieNames: request.cookies.getAll().map((c) => c.name),
  };
}

const refusalText = {
  400: 'Bad Request',
  411: 'Length Required',
  413: 'Payload Too Large',
} as const;

/** Behind a TLS-terminating proxy the original scheme arrives in X-Forwarded-Proto. */
function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || (!forwarded && request.nextUrl.protocol === 'https:');
}

export const config = {
  // Everything except build assets and the favicon: pages, server actions
  // (POSTs to page URLs) and /api route handlers all pass through here.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
