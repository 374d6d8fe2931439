import path from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault drills against the production build (run
// `next build` first; `.ci/run` reuses the one `npm test` made). Not part of
// the default `vitest run`: they need PostgreSQL's server binaries and
// redis-server, start their own disposable copies, and take minutes.
const root = import.meta.dirname;

export default defineConfig({
  resolve: { alias: { '@': root, 'server-only': path.join(root, 'tests/support/server-only-stub.ts') } },
  test: {
    name: 'faults',
    environment: 'node',
    include: ['tests/faults/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 420_000,
    hookTimeout: 180_000,
  },
});
