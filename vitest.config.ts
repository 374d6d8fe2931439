import path from 'node:path';
import { defineConfig } from 'vitest/config';

// One integration suite, run on embedded PGlite always and on PostgreSQL
// whenever DATABASE_URL is set (CI sets it). Each test file gets its own
// database copied from a migrated template.
const root = import.meta.dirname;
const integration = (name: string, setup: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['tests/integration/**/*.test.ts'],
    globalSetup: [setup],
    env: { TEST_DB_KIND: name.split(':')[1]! },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: { '@': root, 'server-only': path.join(root, 'tests/support/server-only-stub.ts') } },
  test: {
    environment: 'node',
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      integration('integration:pglite', 'tests/support/global-setup-pglite.ts'),
      ...(process.env.DATABASE_URL ? [integration('integration:postgres', 'tests/support/global-setup-postgres.ts')] : []),
    ],
  },
});
