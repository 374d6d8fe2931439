import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'drizzle-orm/logger';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createPgliteDatabase, createPostgresDatabase, type DatabaseHandle } from '../../db/connect';
import { adminUrl, databaseUrl } from './postgres-urls';

export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabaseKind = (process.env.TEST_DB_KIND ?? 'pglite') as TestDatabaseKind;

export interface TestDatabase extends DatabaseHandle {
  /** Statements run since the last reset, for query-count and plan assertions. */
  queries: { sql: string; params: unknown[] }[];
}

/**
 * A fresh, migrated database for one test file: a copy of the template on
 * the engine this project runs (PGlite or PostgreSQL). Close it in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const queries: TestDatabase['queries'] = [];
  const logger: Logger = { logQuery: (query, params) => void queries.push({ sql: query, params }) };
  if (testDatabaseKind === 'pglite') {
    const template = readFileSync(inject('pgliteTemplate'));
    const handle = await createPgliteDatabase({ loadDataDir: new Blob([template]), logger });
    return { ...handle, queries };
  }
  const base = process.env.DATABASE_URL!;
  const name = `ashore_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl(base), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject('postgresTemplate')}`);
  const handle = createPostgresDatabase(databaseUrl(base, name), { max: 5, logger });
  return {
    ...handle,
    queries,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** EXPLAINs every statement but SET that `run` sent through this database, with the parameters it sent. */
export async function plansOf(handle: TestDatabase, run: () => Promise<unknown>): Promise<string[]> {
  handle.queries.length = 0;
  await run();
  const plans: string[] = [];
  // SET (a search's plan_cache_mode for its transaction) has no plan.
  for (const { sql, params } of handle.queries.filter((q) => !/^set /i.test(q.sql))) {
    const rows = await handle.query(`explain ${sql}`, params);
    plans.push(rows.map((r) => String(Object.values(r)[0])).join('\n'));
  }
  return plans;
}
