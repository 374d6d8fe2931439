import { isIP, isIPv6 } from 'node:net';

/** Anything with `get`, so both `Headers` and Next's `headers()` fit. */
export interface HeaderSource {
  get(name: string): string | null;
}

export interface ClientIpOptions {
  /**
   * How many reverse proxies of ours stand in front of the app (TRUST_PROXY):
   * 1 for nginx, Caddy or a platform's edge, 2 for a CDN in front of nginx.
   * 0 or unset: no header is believed.
   */
  trustProxy?: number;
}

/**
 * The client's address as our own proxy saw it, for per-IP rate limits, or
 * 'unknown'. Pure: the caller reads TRUST_PROXY and passes it in.
 *
 * Spoofing. Every one of these headers can be sent by the client itself.
 * X-Forwarded-For is a list that each proxy APPENDS to
 * (`client-claims…, client, proxy1`), and `next start` keeps a header the
 * client sent instead of writing the socket address: so the LEFTMOST entry
 * is whatever the client wrote, and trusting it would let a script reset its
 * per-IP limits on every request by sending a fresh address. Only the
 * entries our own proxies appended are true, so with N trusted proxies we
 * take the Nth entry from the RIGHT (for one proxy: the last entry, which
 * that proxy wrote from the socket it accepted). Without TRUST_PROXY the
 * header is ignored entirely.
 *
 * X-Real-IP is used only behind a trusted proxy, when X-Forwarded-For is
 * absent: it is true only when our proxy overwrites it (nginx:
 * `proxy_set_header X-Real-IP $remote_addr;`). With TRUST_PROXY=0 (clients
 * connect directly) a client could write either header, so neither is read.
 * When nothing gives a valid address, everyone shares the 'unknown' bucket:
 * a failure on the strict side (limits apply to all together), never a way
 * around them.
 */
export function clientIp(headers: HeaderSource, options: ClientIpOptions = {}): string {
  const hops = Math.max(0, Math.floor(options.trustProxy ?? 0));
  if (hops === 0) return 'unknown';
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies means the outer proxy was bypassed or adds
  // nothing; the leftmost we have is still the farthest we can see.
  const fromProxy = normalizeIp(entries[Math.max(0, entries.length - hops)]);
  if (fromProxy) return fromProxy;
  return normalizeIp(headers.get('x-real-ip')) ?? 'unknown';
}

/**
 * A valid address in one spelling, or null: ports and IPv6 brackets and
 * zone ids are dropped, IPv6 is lower-cased, and an IPv4-mapped IPv6
 * address (`::ffff:1.2.3.4`) becomes the IPv4 address it maps.
 */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let ip = raw.trim();
  if (ip.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(ip);
  if (v4WithPort) ip = v4WithPort[1]!;
  ip = ip.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (mapped) ip = mapped[1]!;
  return isIP(ip) ? ip : null;
}

/**
 * The rate-limit bucket of an address. An IPv4 address is its own bucket.
 * An IPv6 subscriber usually gets a whole /64 (2^64 addresses) from the
 * carrier, so per-address limits on IPv6 would be no limit at all: the
 * bucket is the /64 prefix.
 */
export function ipBucket(ip: string): string {
  const normalized = normalizeIp(ip);
  if (!normalized) return ip;
  if (!isIPv6(normalized)) return normalized;
  const groups = ipv6Groups(normalized);
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (checked by the caller). */
function ipv6Groups(ip: string): number[] {
  let text = ip;
  const v4Tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4Tail) {
    const [a, b, c, d] = v4Tail[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4Tail[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((g) => parseInt(g, 16));
}
