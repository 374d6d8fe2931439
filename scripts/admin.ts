// The operator's account tool: `npm run admin -- promote <handle>` makes an
// existing account an admin, `npm run admin -- demote <handle>` makes it a
// plain member. It talks to DATABASE_URL, or else to the embedded database
// folder (PGLITE_DATA_DIR, default .data/pglite), which it can open only
// while the forum server is stopped: PGlite allows one process per folder.
import path from 'node:path';
import { createPgliteDatabase, createPostgresDatabase, type DatabaseHandle } from '../db/connect';
import { setRoleByHandle } from '../lib/accounts/set-role';
import { isAppError } from '../lib/errors';

const usage = 'Usage: npm run admin -- promote <handle> | demote <handle>';

async function open(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return createPostgresDatabase(url, { max: 1 });
  const dataDir = path.resolve(process.env.PGLITE_DATA_DIR || '.data/pglite');
  try {
    return await createPgliteDatabase({ dataDir });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.includes('is in use by process')) {
      throw new Error(
        `The forum server is running on the embedded database (${dataDir}) and holds its lock.\n` +
          'Stop the server, run this command, then start the server again.',
      );
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const [command, handle] = process.argv.slice(2);
  if ((command !== 'promote' && command !== 'demote') || !handle) {
    console.error(usage);
    return 2;
  }
  let db: DatabaseHandle;
  try {
    db = await open();
  } catch (error) {
    console.error(`[admin] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    await db.migrate();
    const result = await setRoleByHandle(db.db, handle, command === 'promote' ? 'admin' : 'member');
    console.info(`[admin] ${result.handle}: ${result.before} → ${result.after}`);
    return 0;
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') console.error(`[admin] No account with the handle "${handle}".`);
    else if (isAppError(error) && error.code === 'invalid_input') console.error(`[admin] "${handle}" is not a valid handle.`);
    else console.error(`[admin] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
