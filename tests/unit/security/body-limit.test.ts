import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_BYTES, refuseRequestBody } from '@/lib/security/body-limit';

describe('refuseRequestBody', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('lets through bodies up to the limit, and requests without a body', () => {
    expect(refuseRequestBody(headers({ 'content-length': String(MAX_REQUEST_BODY_BYTES) }))).toBeNull();
    expect(refuseRequestBody(headers({ 'content-length': '0' }))).toBeNull();
    expect(refuseRequestBody(headers({}))).toBeNull();
  });

  it('refuses a declared length one byte over the limit with 413', () => {
    expect(refuseRequestBody(headers({ 'content-length': String(MAX_REQUEST_BODY_BYTES + 1) }))).toBe(413);
    expect(refuseRequestBody(headers({ 'content-length': '99999999999999999999999' }))).toBe(413);
  });

  it('refuses a length that is not a number with 400', () => {
    for (const value of ['-1', '1e6', 'abc', '12, 12']) {
      expect(refuseRequestBody(headers({ 'content-length': value }))).toBe(400);
    }
  });

  it('refuses a chunked body of unknown length with 411', () => {
    expect(refuseRequestBody(headers({ 'transfer-encoding': 'chunked' }))).toBe(411);
  });

  it('uses the same limit as the server actions in next.config.ts', () => {
    const nextConfig = readFileSync(path.join(import.meta.dirname, '../../../next.config.ts'), 'utf8');
    const limit = nextConfig.match(/bodySizeLimit:\s*'(\d+)kb'/)?.[1];
    expect(Number(limit) * 1024).toBe(MAX_REQUEST_BODY_BYTES);
  });
});
