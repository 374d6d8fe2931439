import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run the production build (`next build` first; scripts/run-tests.mjs
// does it) against PostgreSQL when DATABASE_URL is set, otherwise against a fresh
// embedded database folder, so every run starts empty.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join('.data', `e2e-${Date.now()}-${randomBytes(3).toString('hex')}`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // One retry on CI: a test that passes only on its retry is still reported as
  // flaky in the list output (seen once: a context teardown timing out after
  // the oversized-upload test on a loaded machine).
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'zh-CN' } }],
  webServer: {
    // Before the server takes the database: create the e2e admin account and
    // promote it with the operator's CLI (the only way to make an admin);
    // `exec` lets the SIGTERM below reach next itself.
    command:
      'node_modules/.bin/tsx tests/e2e/create-admin-account.ts && node_modules/.bin/tsx scripts/admin.ts promote e2e_admin && ' +
      `exec node_modules/.bin/next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    // Creating the database and the admin (two short processes) comes first.
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      PGLITE_DATA_DIR: dataDir,
      DEMO_CONTENT: 'false',
      APP_URL: `http://127.0.0.1:${port}`,
      // Every browser here is 127.0.0.1: per-IP limits are scaled up so the
      // suite's sign-ups fit; per-account and per-user limits stay real.
      RATE_LIMIT_IP_SCALE: '50',
      // Production refuses to start without an explicit choice; the browsers
      // connect directly, so no client-IP header is believed.
      TRUST_PROXY: '0',
      // Every account here is minutes old: without this, the new-user sandbox
      // would keep their reports from counting toward hiding a post.
      NEW_USER_MIN_AGE_HOURS: '0',
      NEW_USER_MIN_POSTS: '0',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    },
  },
});
