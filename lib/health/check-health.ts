import { latestAppliedMigration, type DatabaseHandle } from '@/db/connect';

export interface Health {
  ok: boolean;
  database: 'postgres' | 'pglite';
  migration?: string;
  migratedAt?: string;
  error?: string;
}

/**
 * The database engine and its newest applied migration; not ok when the
 * database does not answer in time. A database that is down fails at once
 * (connection refused or reset); the timeout is for one that hangs, and is
 * generous because under heavy read load the probe queues behind page
 * queries for the pool: a busy forum is up, and a 503 then would make a load
 * balancer take a healthy instance out.
 */
export async function checkHealth(handle: DatabaseHandle, timeoutMs = 10_000): Promise<Health> {
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
