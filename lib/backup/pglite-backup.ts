import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

// Online backup of the embedded database. Only the process that opened a
// PGlite folder may read it (no cross-process locking; its live files are
// mid-write), so the server writes the dump itself when `npm run db:backup`
// asks: the script writes the target path into `<folder>.backup-request`
// and sends SIGUSR2 to the pid in the folder's lock file.
//
// The tarball comes from PGlite's dumpDataDir, taken between two statements
// after a CHECKPOINT: it is what a crash at that instant would leave, and
// loading it runs PostgreSQL's recovery, so it holds every transaction
// committed before the dump and none that was still open.

/** Where db:backup leaves the path it wants the dump written to. */
export function backupRequestFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.backup-request`;
}

/** The pid of the live process holding the folder's lock (db/connect.ts's lock file), or null. */
export function pgliteHolder(dataDir: string): number | null {
  const lockFile = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, 'utf8'));
  if (!pid || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Writes a gzipped tarball of the data folder to `target` (atomically: a .partial file, then rename). */
export async function dumpPgliteTo(client: PGlite, target: string): Promise<void> {
  await client.exec('CHECKPOINT');
  const dump = await client.dumpDataDir('gzip');
  const partial = `${target}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, target);
}

/** In the server: answer db:backup's SIGUSR2 by writing the requested dump. */
export function handleBackupSignal(dataDir: string, getClient: () => Promise<PGlite>, log: (message: string) => void = console.info) {
  let busy = false;
  process.on('SIGUSR2', () => {
    const requestFile = backupRequestFile(dataDir);
    if (busy || !existsSync(requestFile)) return;
    busy = true;
    const target = readFileSync(requestFile, 'utf8').trim();
    rmSync(requestFile, { force: true });
    void (async () => {
      try {
        await dumpPgliteTo(await getClient(), target);
        log(`[ashore] backup: embedded database written to ${target}`);
      } catch (error) {
        log(`[ashore] backup failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        busy = false;
      }
    })();
  });
}
