import { NextResponse, type NextRequest } from 'next/server';
import { refuseRequestBody } from '@/lib/security/body-limit';
import { buildSecurityHeaders, createNonce, CSP_HEADER } from '@/lib/security/headers';

// An optimistic layer only: security headers, a per-request CSP nonce, and
// refusing oversized bodies early. No authentication or authorization is
// decided here (a header once let requests skip middleware entirely,
// CVE-2025-29927); the data-access layer and every server action check the
// session themselves.
export function proxy(request: NextRequest) {
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

  // Next reads the nonce from the request's CSP header while rendering and
  // puts it on its own scripts; x-nonce is for our code, should a page ever
  // add a <Script>. Both overwrite whatever the client sent.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(CSP_HEADER, headers[CSP_HEADER]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
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
