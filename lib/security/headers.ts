// Security response headers, built as plain data so they can be unit-tested
// without Next.js. proxy.ts calls this once per request with a fresh nonce.

export interface SecurityContext {
  /** NODE_ENV is production: no 'unsafe-eval', and HSTS becomes possible. */
  production: boolean;
  /** The browser reached us over https (directly or through a TLS-terminating proxy). */
  https: boolean;
}

export const CSP_HEADER = 'Content-Security-Policy';

/** 128 random bits, base64: unguessable and free of characters Next refuses in a nonce. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function buildContentSecurityPolicy(nonce: string, { production }: Pick<SecurityContext, 'production'>): string {
  // 'strict-dynamic' lets the nonced Next.js bootstrap load its own chunks, and
  // makes browsers that understand it ignore 'self' for scripts: only scripts
  // carrying this request's nonce, or loaded by one, run. React's development
  // build evaluates code for its debugging stacks, so only development gets
  // 'unsafe-eval'. Styles stay 'unsafe-inline' because React and Next emit
  // inline style attributes, which nonces cannot cover.
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(production ? [] : ["'unsafe-eval'"])];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', ...scriptSrc],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

export function buildSecurityHeaders(nonce: string, context: SecurityContext): Record<string, string> {
  const headers: Record<string, string> = {
    [CSP_HEADER]: buildContentSecurityPolicy(nonce, context),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Older browsers ignore frame-ancestors; both say "never frame this site".
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  // HSTS only in production and only on a response that went out over https.
  // Browsers ignore it on plain http anyway, but sending it from a development
  // server on localhost, or from `next start` on http://127.0.0.1 (our e2e
  // tests), would pin those hosts to https for two years in any browser that
  // ever saw it over https, and break them. A spoofed X-Forwarded-Proto on a
  // plain-http request therefore gains an attacker nothing.
  if (context.production && context.https) {
    headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  }
  return headers;
}
