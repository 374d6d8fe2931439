import { afterEach, describe, expect, it, vi } from 'vitest';

// lib/env.ts caches what it read, so each case imports a fresh copy.
async function readEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  const { env } = await import('@/lib/env');
  return env;
}

const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40), APP_URL: 'https://ashore.example' };

afterEach(() => vi.unstubAllEnvs());

describe('TRUST_PROXY', () => {
  it('must be chosen explicitly in production', async () => {
    const env = await readEnv({ ...production, TRUST_PROXY: undefined });
    expect(() => env()).toThrow(/TRUST_PROXY must be set/);
  });

  it('accepts 0 (clients connect directly) and a number of proxies', async () => {
    expect((await readEnv({ ...production, TRUST_PROXY: '0' }))().TRUST_PROXY).toBe(0);
    expect((await readEnv({ ...production, TRUST_PROXY: '2' }))().TRUST_PROXY).toBe(2);
  });

  it('refuses anything that is not a hop count, such as the old "true"', async () => {
    for (const value of ['true', 'yes', '-1', '1.5']) {
      const env = await readEnv({ ...production, TRUST_PROXY: value });
      expect(() => env(), value).toThrow(/TRUST_PROXY/);
    }
  });

  it('defaults to trusting no header outside production', async () => {
    const env = await readEnv({ NODE_ENV: 'test', AUTH_SECRET: 'x'.repeat(40), TRUST_PROXY: undefined });
    expect(env().TRUST_PROXY).toBe(0);
  });
});
