import { describe, expect, it } from 'vitest';
import { clientIp, ipBucket, normalizeIp } from '@/lib/rate-limit/client-ip';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientIp', () => {
  it('believes no header with TRUST_PROXY=0 or unset: a client can write any of them', () => {
    const spoofed = headers({ 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '198.51.100.4' });
    expect(clientIp(spoofed)).toBe('unknown');
    expect(clientIp(spoofed, { trustProxy: 0 })).toBe('unknown');
    expect(clientIp(headers({ 'x-real-ip': '198.51.100.4' }), { trustProxy: 0 })).toBe('unknown');
  });

  it('takes the entry our one proxy appended, not what the client wrote before it', () => {
    const forged = headers({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 203.0.113.9' });
    expect(clientIp(forged, { trustProxy: 1 })).toBe('203.0.113.9');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9' }), { trustProxy: 1 })).toBe('203.0.113.9');
  });

  it('counts back one entry per trusted proxy', () => {
    const viaCdn = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 192.0.2.50' });
    expect(clientIp(viaCdn, { trustProxy: 2 })).toBe('203.0.113.9');
    expect(clientIp(viaCdn, { trustProxy: 3 })).toBe('6.6.6.6');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9' }), { trustProxy: 2 })).toBe('203.0.113.9');
  });

  it('behind a trusted proxy, falls back to X-Real-IP, then to one shared "unknown"', () => {
    expect(clientIp(headers({ 'x-real-ip': '198.51.100.4' }), { trustProxy: 1 })).toBe('198.51.100.4');
    expect(clientIp(headers({ 'x-forwarded-for': 'garbage', 'x-real-ip': '198.51.100.4' }), { trustProxy: 1 })).toBe('198.51.100.4');
    expect(clientIp(headers({ 'x-forwarded-for': ' , ' }), { trustProxy: 1 })).toBe('unknown');
    expect(clientIp(headers({ 'x-real-ip': 'not-an-ip' }), { trustProxy: 1 })).toBe('unknown');
    expect(clientIp(headers({}), { trustProxy: 1 })).toBe('unknown');
  });

  it('accepts IPv6 and ports as proxies write them', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '[2001:DB8::1]:51000' }), { trustProxy: 1 })).toBe('2001:db8::1');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9:51000' }), { trustProxy: 1 })).toBe('203.0.113.9');
    expect(clientIp(headers({ 'x-real-ip': '::ffff:203.0.113.9' }), { trustProxy: 1 })).toBe('203.0.113.9');
  });
});

describe('normalizeIp', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    [' 2001:DB8::A ', '2001:db8::a'],
    ['fe80::1%eth0', 'fe80::1'],
    ['999.1.1.1', null],
    ['203.0.113.9.1', null],
    ['', null],
    ['x'.repeat(100), null],
  ])('%j → %j', (raw, expected) => expect(normalizeIp(raw)).toBe(expected));
});

describe('ipBucket', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['64:ff9b::203.0.113.9', '64:ff9b:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (ip, bucket) => expect(ipBucket(ip)).toBe(bucket));
});
