import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPgliteDatabase } from '@/db/connect';
import { users } from '@/db/schema';
import { registerUser } from '@/lib/accounts/register-user';
import { TEST_PASSWORD } from '../../support/factories';
import { testDatabaseKind } from '../../support/test-database';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'ashore-admin-cli-'));
const dataDir = path.join(folder, 'pglite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function admin(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['scripts/admin.ts', ...args], {
      env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

// The CLI opens the embedded folder itself; PostgreSQL runs cover setRoleByHandle (settings.test.ts).
describe.skipIf(testDatabaseKind !== 'pglite')('npm run admin (embedded database)', () => {
  it('refuses while a server holds the folder, then promotes and demotes by handle', async () => {
    // A copy of the migrated template, so no initdb is needed.
    const server = await createPgliteDatabase({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    const member = await registerUser(server.db, { handle: 'operator', displayName: '运维', password: TEST_PASSWORD });

    const refused = await admin('promote', 'operator');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('The forum server is running on the embedded database');
    await server.close();

    const promoted = await admin('promote', 'operator');
    expect(promoted).toMatchObject({ code: 0 });
    expect(promoted.out).toContain('operator: member → admin');
    expect((await admin('demote', 'operator')).out).toContain('operator: admin → member');

    const check = await createPgliteDatabase({ dataDir });
    const [row] = await check.db.select({ role: users.role }).from(users).where(eq(users.id, member.id));
    await check.close();
    expect(row?.role).toBe('member');
  }, 300_000);
});
