import { latestAppliedMigration, type DatabaseHandle } from '@/db/connect';

export interface Health {
  ok: boolean;
  database: 'postgres' | 'pglite';
  migration?: string;
  migratedAt?: string;
  error?: string;
}

/** The database engine and its newest applied migration; not ok when the database does not answer in time. */
export async function checkHealth(handle: DatabaseHandle, timeoutMs = 3000): Promise<Health> {
  try {
    const migration = await withTimeout(latestAppliedMigration(handle.db), timeoutMs);
    return { ok: true, database: handle.kind, migration: migration?.tag, migratedAt: migration?.appliedAt.toISOString() };
  } catch {
    // The reason stays out of the response; the probe only needs up or down.
    return { ok: false, database: handle.kind, error: 'database_unreachable' };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
