import { describe, expect, it } from 'vitest';
import journal from '@/db/migrations/meta/_journal.json';
import { checkHealth } from '@/lib/health/check-health';
import { createTestDatabase, testDatabaseKind } from '../support/test-database';

describe('health check', () => {
  it('names the database kind and the newest applied migration', async () => {
    const handle = await createTestDatabase();
    try {
      const health = await checkHealth(handle);
      expect(health).toMatchObject({ ok: true, database: testDatabaseKind, migration: journal.entries.at(-1)!.tag });
    } finally {
      await handle.close();
    }
  });

  it('reports the database as unreachable once it stops answering', async () => {
    const handle = await createTestDatabase();
    await handle.close();
    expect(await checkHealth(handle, 1000)).toEqual({ ok: false, database: testDatabaseKind, error: 'database_unreachable' });
  });
});
