/**
 * Where to go after signing in: only a same-origin relative path. Anything
 * else ("//evil.example", "https://…", "/\\evil", control characters) falls
 * back to the home page, so a crafted link cannot bounce users off-site.
 */
export function safeRedirectPath(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length > 1000) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\\]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, 'http://ashore.invalid');
    if (url.origin !== 'http://ashore.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
