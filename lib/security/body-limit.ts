// Refusing oversized request bodies before Next.js reads them.
//
// Server actions have `experimental.serverActions.bodySizeLimit: '256kb'` in
// next.config.ts, but Next 16 answers a body over that limit with 500 (the
// action handler throws a 413 ApiError and then reports it as an internal
// error), and route handlers under /api have no limit at all. So the proxy
// refuses any body whose declared length is over the same limit with 413.
// The limit is deliberately equal to the server-action limit, not above it:
// a body between the two would otherwise still reach Next and get its 500.

/** Keep equal to `serverActions.bodySizeLimit` in next.config.ts ('256kb' = 256 × 1024 bytes). */
export const MAX_REQUEST_BODY_BYTES = 256 * 1024;

interface HeaderReader {
  get(name: string): string | null;
}

/**
 * The status to refuse a request's body with, or null when it may go on:
 * 413 when the declared length is over the limit; 400 when it is not a
 * number; 411 when the body is sent chunked without a declared length, since
 * its size cannot be checked before Next buffers it (browsers always declare
 * the length of a form or fetch body they send over HTTP/1.1).
 */
export function refuseRequestBody(headers: HeaderReader, maxBytes = MAX_REQUEST_BODY_BYTES): 400 | 411 | 413 | null {
  const declared = headers.get('content-length');
  if (declared !== null) {
    // Node's HTTP parser rejects a malformed length before we see it; only a
    // confused intermediary could pass one on, and we do not guess its size.
    if (!/^\d+$/.test(declared.trim())) return 400;
    return Number(declared.trim()) > maxBytes ? 413 : null;
  }
  if (headers.get('transfer-encoding') !== null) return 411;
  return null;
}
