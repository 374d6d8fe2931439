// Run by playwright.config.ts before the server starts: creates the e2e admin
// account (a plain member) on the server's database, so the operator's CLI
// (`npm run admin -- promote`) can then make it an admin, as in production.
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createPgliteDatabase, createPostgresDatabase } from '../../db/connect';
import { users } from '../../db/schema';
import { registerUser } from '../../lib/accounts/register-user';
import { E2E_ADMIN } from './admin-account';

const handle = process.env.DATABASE_URL
  ? createPostgresDatabase(process.env.DATABASE_URL, { max: 1 })
  : await createPgliteDatabase({ dataDir: path.resolve(process.env.PGLITE_DATA_DIR || '.data/pglite') });
try {
  await handle.migrate();
  const existing = await handle.db.select({ id: users.id }).from(users).where(sql`lower(${users.handle}) = ${E2E_ADMIN.handle}`);
  if (!existing.length) await registerUser(handle.db, E2E_ADMIN);
} finally {
  await handle.close();
}
