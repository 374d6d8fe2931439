// `npm run db:backup [-- --out <file>]`: a consistent backup of the forum's database.
//
// PostgreSQL (DATABASE_URL set): `pg_dump -Fc` (one snapshot, so it is
// consistent while the forum writes), then verified by restoring it into a
// scratch database next to it (`<db>_verify_<random>`, dropped afterwards)
// and counting the main tables; the counts are printed.
//
// PGlite (no DATABASE_URL): the data folder belongs to the running server
// (one process per folder; its live files are not a backup), so the server
// itself writes the dump: this script leaves a request next to the folder
// and sends the server SIGUSR2 (see lib/backup/pglite-backup.ts). With no
// server running, the script opens the folder itself. The tarball is then
// verified by loading it into an in-memory PGlite and counting.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { createPgliteDatabase } from '../db/connect';
import { backupRequestFile, dumpPgliteTo, pgliteHolder } from '../lib/backup/pglite-backup';
import { tableCounts } from './harness/backup-counts';
import { databaseUrl } from './harness/scratch-database';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const databaseUrlEnv = process.env.DATABASE_URL || undefined;
const out = path.resolve(argument('--out') ?? path.join('.data', 'backups', `ashore-${stamp}.${databaseUrlEnv ? 'dump' : 'tar.gz'}`));
mkdirSync(path.dirname(out), { recursive: true });

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

async function backupPostgres(url: string) {
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', out, url]);
  // The archive's table of contents must list the forum's tables…
  const toc = run('pg_restore', ['--list', out]);
  if (!/TABLE DATA public replies/.test(toc)) throw new Error('the dump has no replies table data');
  // …and it must restore: into a scratch database, counted, then dropped.
  const name = `${new URL(url).pathname.slice(1)}_verify_${randomBytes(3).toString('hex')}`;
  const admin = postgres(databaseUrl(url, 'postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', databaseUrl(url, name), out]);
    const check = postgres(databaseUrl(url, name), { max: 1, onnotice: () => {} });
    try {
      const counts = await tableCounts(async (text) => [...(await check.unsafe(text))]);
      console.log(`backup written to ${out} (${statSync(out).size} bytes)`);
      console.log(`verified: restored into a scratch database; counts: ${JSON.stringify(counts)}`);
    } finally {
      await check.end();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function backupPglite(dataDir: string) {
  const holder = pgliteHolder(dataDir);
  if (holder) {
    // The running server writes it: ask, signal, wait.
    writeFileSync(backupRequestFile(dataDir), out);
    process.kill(holder, 'SIGUSR2');
    const deadline = Date.now() + 120_000;
    while (!existsSync(out)) {
      if (Date.now() > deadline) throw new Error(`server ${holder} wrote no backup within 120 s (is it an Ashore server started with NODE_ENV=production?)`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } else {
    const handle = await createPgliteDatabase({ dataDir });
    try {
      await dumpPgliteTo(handle.client, out);
    } finally {
      await handle.close();
    }
  }
  const loaded = await createPgliteDatabase({ loadDataDir: new Blob([readFileSync(out)]) });
  try {
    const counts = await tableCounts((text) => loaded.query(text));
    console.log(`backup written to ${out} (${statSync(out).size} bytes)`);
    console.log(`verified: loaded into a scratch PGlite; counts: ${JSON.stringify(counts)}`);
  } finally {
    await loaded.close();
  }
}

try {
  if (databaseUrlEnv) await backupPostgres(databaseUrlEnv);
  else await backupPglite(path.resolve(process.env.PGLITE_DATA_DIR ?? '.data/pglite'));
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
