import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';
import type { Database, DatabaseKind } from './types';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Applies the committed migrations; idempotent. */
  migrate(): Promise<void>;
  /** Raw parameterized SQL, for tools and plan tests (EXPLAIN of a logged statement). */
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export function createPostgresDatabase(url: string, options: { max?: number; logger?: Logger } = {}): DatabaseHandle {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema, logger: options.logger });
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    query: async (text, params = []) => [...(await client.unsafe(text, params as never[]))],
    close: () => client.end({ timeout: 5 }),
  };
}

export interface PgliteOptions {
  /** A data folder, or undefined for an in-memory database. */
  dataDir?: string;
  /** A tarball from dumpDataDir() to start from (tests copy a migrated template). */
  loadDataDir?: Blob | File;
  /**
   * Take an exclusive lock file in dataDir. PGlite has no cross-process
   * locking and two processes on one folder silently lose writes.
   */
  lock?: boolean;
  logger?: Logger;
}

export async function createPgliteDatabase(options: PgliteOptions = {}): Promise<DatabaseHandle & { client: PGlite }> {
  const release = options.dataDir && options.lock !== false ? lockDataDir(options.dataDir) : () => {};
  try {
    const client = new PGlite({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      // Search's trigram indexes (migration 0005) need the extension loaded.
      extensions: { pg_trgm },
    });
    await client.waitReady;
    const db = drizzlePglite(client, { schema, logger: options.logger });
    return {
      db,
      client,
      kind: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      query: async (text, params = []) => (await client.query<Record<string, unknown>>(text, params)).rows,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
  if (existsSync(lockFile)) {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dataDir} is in use by process ${holder}. ` +
          'Stop that process first (PGlite allows one process per data folder).',
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface AppliedMigration {
  tag: string;
  appliedAt: Date;
}

/** The newest applied migration, named by its tag from the committed journal. */
export async function latestAppliedMigration(db: Database): Promise<AppliedMigration | null> {
  const rows = await selectRows<{ created_at: string | number }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const row = rows[0];
  if (!row) return null;
  const when = Number(row.created_at);
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const entry = journal.entries.find((e) => e.when === when);
  return { tag: entry?.tag ?? 'unknown', appliedAt: new Date(when) };
}

/**
 * db.execute() returns an array on postgres-js and { rows } on PGlite: this
 * is the one place that smooths that over.
 */
export async function selectRows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
