// `npm run db:restore -- <backup> (--database-url <url> | --pglite-dir <folder>)`:
// restores a backup from `npm run db:backup` into an EMPTY target, never over
// a live database. PostgreSQL: pg_restore of the custom-format dump into an
// existing empty database. PGlite: a new folder loaded from the tarball.
// Then counts the main tables, so the result can be compared with the
// counts the backup printed. Start the forum on the target afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { createPgliteDatabase } from '../db/connect';
import { tableCounts } from './harness/backup-counts';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const file = process.argv[2] && !process.argv[2].startsWith('--') ? path.resolve(process.argv[2]) : undefined;
const targetUrl = argument('--database-url');
const targetDir = argument('--pglite-dir');

async function main() {
  if (!file || !existsSync(file) || (!targetUrl && !targetDir)) {
    throw new Error('usage: npm run db:restore -- <backup file> (--database-url <empty database> | --pglite-dir <new folder>)');
  }
  if (targetUrl) {
    const client = postgres(targetUrl, { max: 1, onnotice: () => {} });
    try {
      const [row] = await client`select count(*)::int as n from information_schema.tables where table_schema = 'public'`;
      if (row!.n > 0) throw new Error('the target database is not empty; restore into a new database (createdb) and point DATABASE_URL at it');
      const result = spawnSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', targetUrl, file], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`pg_restore failed: ${result.stderr}`);
      console.log(`restored; counts: ${JSON.stringify(await tableCounts(async (text) => [...(await client.unsafe(text))]))}`);
    } finally {
      await client.end();
    }
    return;
  }
  const dir = path.resolve(targetDir!);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; restore into a new folder and point PGLITE_DATA_DIR at it`);
  const handle = await createPgliteDatabase({ dataDir: dir, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    console.log(`restored into ${dir}; counts: ${JSON.stringify(await tableCounts((text) => handle.query(text)))}`);
  } finally {
    await handle.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
