import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { createPgliteDatabase, createPostgresDatabase, type DatabaseHandle } from '@/db/connect';
import { users } from '@/db/schema';
import { loadDemoContent } from '@/db/seed/load-demo-content';
import type { Database } from '@/db/types';
import { env } from '../env';
import { backfillSearchText } from '../search/backfill-search-text';
import { loadTaxonomy, type Taxonomy } from '../taxonomy/queries';

// The one place that knows which database the app talks to. Opened lazily
// (never at import or build time), migrated before the first query is
// served, and kept on globalThis so dev-mode reloads reuse it: PGlite allows
// a single owner per data folder.

interface AppDatabase {
  handle: DatabaseHandle;
  taxonomy: Taxonomy;
}

const state = globalThis as unknown as { __ashoreDatabase?: Promise<AppDatabase> };

async function open(): Promise<AppDatabase> {
  const config = env();
  const handle = config.DATABASE_URL
    ? createPostgresDatabase(config.DATABASE_URL, { max: config.DATABASE_POOL_MAX })
    : await createPgliteDatabase({ dataDir: path.resolve(config.PGLITE_DATA_DIR) });
  await handle.migrate();
  if (handle.kind === 'pglite' && config.DEMO_CONTENT) {
    const [row] = await handle.db.select({ n: count() }).from(users);
    if (row?.n === 0) {
      const loaded = await loadDemoContent(handle.db);
      console.info(`[ashore] loaded demo content: ${loaded.stories} stories, ${loaded.questions} questions, ${loaded.replies} replies`);
    }
  }
  // Posts written before search existed get their segmented text once.
  const filled = await backfillSearchText(handle.db);
  if (filled.threads || filled.replies) {
    console.info(`[ashore] indexed for search: ${filled.threads} threads, ${filled.replies} replies`);
  }
  if (config.ADMIN_EMAIL) {
    await handle.db
      .update(users)
      .set({ role: 'admin' })
      .where(sql`lower(${users.email}) = ${config.ADMIN_EMAIL.toLowerCase()}`);
  }
  return { handle, taxonomy: await loadTaxonomy(handle.db) };
}

function appDatabase(): Promise<AppDatabase> {
  state.__ashoreDatabase ??= open().catch((error) => {
    state.__ashoreDatabase = undefined;
    throw error;
  });
  return state.__ashoreDatabase;
}

export async function getDatabase(): Promise<Database> {
  return (await appDatabase()).handle.db;
}

export async function getDatabaseHandle(): Promise<DatabaseHandle> {
  return (await appDatabase()).handle;
}

/**
 * Closes the database at shutdown, after the last request: postgres-js ends
 * its connections (waiting for running queries), PGlite checkpoints and
 * releases the data folder's lock. A no-op when it was never opened.
 */
export async function closeDatabase(): Promise<void> {
  const opening = state.__ashoreDatabase;
  if (!opening) return;
  state.__ashoreDatabase = undefined;
  const opened = await opening.catch(() => null);
  await opened?.handle.close();
}

/** Taxonomy rows change only by migration: read once per process. */
export async function getTaxonomy(): Promise<Taxonomy> {
  return (await appDatabase()).taxonomy;
}
