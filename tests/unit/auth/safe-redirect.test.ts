import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';

describe('safeRedirectPath', () => {
  it.each(['/t/12/some-story?root=3#r-9', '/new', '/stories?stage=lawsuit'])('keeps the same-origin path %s', (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    '//evil.example/x',
    'https://evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '/\u0000x',
    '\t/evil',
    'evil',
    '',
    undefined,
    42,
    '/'.padEnd(2000, 'a'),
  ])('falls back to / for %j', (raw) => {
    expect(safeRedirectPath(raw)).toBe('/');
  });
});
