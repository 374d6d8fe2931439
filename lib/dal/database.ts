import path from 'node:path';
import { count } from 'drizzle-orm';
import { createPgliteDatabase, createPostgresDatabase, type DatabaseHandle } from '@/db/connect';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import { env } from '../env';
import { recookPosts } from '../markdown/recook-posts';
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
      // Imported only here, on demand, so a production bundle does not carry
      // the demo accounts statically.
      const { loadDemoContent } = await import('@/db/seed/load-demo-content');
      const loaded = await loadDemoContent(handle.db);
      console.info(`[ashore] loaded demo content: ${loaded.stories} stories, ${loaded.questions} questions, ${loaded.replies} replies`);
    }
  }
  // Posts written before search existed get their segmented text once.
  const filled = await backfillSearchText(handle.db);
  if (filled.threads || filled.replies) {
    console.info(`[ashore] indexed for search: ${filled.threads} threads, ${filled.replies} replies`);
  }
  startRecook(handle.db);
  return { handle, taxonomy: await loadTaxonomy(handle.db) };
}

/**
 * Posts cooked by an older renderer (or never cooked: rows from before
 * cooking existed, bulk-seeded rows) are re-cooked in the background, in
 * small batches, so start-up never waits for it; until a row is reached its
 * body shows as escaped plain text.
 */
function startRecook(db: Database) {
  const started = Date.now();
  const logged = { threads: 0, replies: 0 };
  recookPosts(db, {
    onProgress: ({ table, cooked }) => {
      if (cooked - logged[table] >= 2000) {
        logged[table] = cooked;
        console.info(`[ashore] re-cooking posts: ${cooked} ${table} so far`);
      }
    },
  })
    .then((done) => {
      if (done.threads || done.replies) {
        console.info(`[ashore] re-cooked ${done.threads} threads and ${done.replies} replies in ${Date.now() - started} ms`);
      }
    })
    .catch((error: unknown) => console.error('[ashore] re-cooking posts failed', error));
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
