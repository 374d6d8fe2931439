import { afterEach, describe, expect, it, vi } from 'vitest';

const SECRET = 'x'.repeat(40);

async function freshEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  const { env } = await import('@/lib/env');
  return env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('production settings', () => {
  it('refuses demo content, a missing AUTH_SECRET and a missing APP_URL, naming each', async () => {
    const env = await freshEnv({ NODE_ENV: 'production', DEMO_CONTENT: 'true', AUTH_SECRET: undefined, APP_URL: undefined });
    let message = '';
    try {
      env();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Refusing to start in production');
    expect(message).toContain('DEMO_CONTENT');
    expect(message).toContain('AUTH_SECRET');
    expect(message).toContain('APP_URL');
  });

  it('starts with a secret and a public address, and then loads no demo content by default', async () => {
    const env = await freshEnv({ NODE_ENV: 'production', DEMO_CONTENT: undefined, AUTH_SECRET: SECRET, APP_URL: 'https://ashore.example', TRUST_PROXY: '0' });
    expect(env()).toMatchObject({ DEMO_CONTENT: false, APP_URL: 'https://ashore.example' });
  });

  it('loads demo content by default outside production, with a localhost address', async () => {
    const env = await freshEnv({ NODE_ENV: 'development', DEMO_CONTENT: undefined, AUTH_SECRET: SECRET, APP_URL: undefined });
    expect(env()).toMatchObject({ DEMO_CONTENT: true, APP_URL: 'http://localhost:3000' });
  });

  it('no longer knows ADMIN_EMAIL: an e-mail match never makes an admin', async () => {
    const env = await freshEnv({ NODE_ENV: 'development', AUTH_SECRET: SECRET, ADMIN_EMAIL: 'root@example.test' });
    expect(env()).not.toHaveProperty('ADMIN_EMAIL');
  });
});
