import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce, CSP_HEADER } from '@/lib/security/headers';

const nonce = 'bm9uY2Utb2YtdGVzdA==';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  it('allows in production only scripts carrying the nonce, and what they load', () => {
    const csp = directives(buildContentSecurityPolicy(nonce, { production: true }));
    expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  });

  it("adds 'unsafe-eval' outside production, which React's development build needs", () => {
    const csp = directives(buildContentSecurityPolicy(nonce, { production: false }));
    expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
  });

  it('keeps every other source to this origin and forbids plugins, base changes and framing', () => {
    const csp = directives(buildContentSecurityPolicy(nonce, { production: true }));
    expect(Object.fromEntries([...csp].filter(([name]) => name !== 'script-src'))).toEqual({
      'default-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('is one line that Next can read the nonce from', () => {
    const csp = buildContentSecurityPolicy(nonce, { production: true });
    expect(csp).not.toMatch(/[\r\n]/);
    // The same parsing Next applies: the first script-src directive, its first nonce source.
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc?.match(/'nonce-([^']+)'/)?.[1]).toBe(nonce);
  });
});

describe('buildSecurityHeaders', () => {
  it('sets the CSP with the nonce and the fixed hardening headers', () => {
    const headers = buildSecurityHeaders(nonce, { production: true, https: false });
    expect(headers[CSP_HEADER]).toContain(`'nonce-${nonce}'`);
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
  });

  it('sends HSTS only in production over https', () => {
    expect(buildSecurityHeaders(nonce, { production: true, https: true })['Strict-Transport-Security']).toBe(
      'max-age=63072000; includeSubDomains',
    );
    for (const context of [
      { production: true, https: false },
      { production: false, https: true },
      { production: false, https: false },
    ]) {
      expect(buildSecurityHeaders(nonce, context)).not.toHaveProperty('Strict-Transport-Security');
    }
  });
});

describe('createNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const value of nonces) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(value, 'base64')).toHaveLength(16);
    }
  });
});
