import 'server-only';
import { checkHealth, type Health } from '../health/check-health';
import { env } from '../env';
import { getDatabaseHandle } from './database';

export async function checkAppHealth(): Promise<Health> {
  try {
    return await checkHealth(await getDatabaseHandle());
  } catch (error) {
    // The database could not even be opened (wrong URL, server down at start).
    console.error('[ashore] health: database unavailable:', error instanceof Error ? error.message : error);
    return { ok: false, database: env().DATABASE_URL ? 'postgres' : 'pglite', error: 'database_unreachable' };
  }
}
