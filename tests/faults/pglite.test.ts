// Fault drill on the embedded database: the production server killed with
// SIGKILL in the middle of writes, then started again on the same folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteDatabase } from '../../db/connect';
import { loadDemoContent } from '../../db/seed/load-demo-content';
import { startAppServer, sharedSecret } from '../../scripts/harness/app-server';
import { ForumSession } from '../../scripts/harness/forum-client';
import { brokenInvariants, writeAccounting } from '../../scripts/harness/invariants';
import { createMembersIn, type TestMember } from '../../scripts/harness/scratch-database';
import { startReplyWriters, summarize, type WriteRecord } from '../../scripts/harness/write-load';
import { HEAP_FLAGS, PORTS, quietly, waitFor } from './support';

let folder: string;
let dataDir: string;
let members: TestMember[];
let threads: number[];

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ashore-faults-pglite-'));
  dataDir = path.join(folder, 'pglite');
  const handle = await createPgliteDatabase({ dataDir });
  try {
    await handle.migrate();
    await loadDemoContent(handle.db);
    members = await createMembersIn(handle.db, 'writer', 4);
    threads = (await handle.query(`select id from threads where status = 'published' and kind = 'story' order by id limit 4`)).map((r) => Number(r.id));
  } finally {
    await handle.close();
  }
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('fault drill on PGlite', () => {
  it('kill -9 mid-write and a restart on the same folder keep every acknowledged reply exactly once', async () => {
    const env = { PGLITE_DATA_DIR: dataDir, AUTH_SECRET: sharedSecret(), RATE_LIMIT_IP_SCALE: '100' };
    const records: WriteRecord[] = [];
    const first = await startAppServer({ port: PORTS.app, env, nodeFlags: HEAP_FLAGS });
    try {
      const sessions: ForumSession[] = [];
      for (const member of members) {
        const session = new ForumSession(first.url);
        expect(await session.signIn(member.handle, member.password)).toBe(true);
        sessions.push(session);
      }
      const load = startReplyWriters(sessions, threads, 'pglitekill', 0);
      // Killed while writes are landing: after some were acknowledged, with more in flight.
      await waitFor(async () => load.records.filter((r) => r.outcome.kind === 'ok').length >= 8, 120_000, 'acknowledged writes');
      first.signal('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      records.push(...(await load.stop()));

      // Same folder, a new process: the stale lock is taken over, the data is recovered.
      const second = await startAppServer({ port: PORTS.app, env, nodeFlags: HEAP_FLAGS });
      try {
        const again = sessions.map((s) => {
          const fresh = new ForumSession(second.url);
          fresh.useSessionCookie(s.sessionCookie()!);
          return fresh;
        });
        const after = startReplyWriters(again, threads, 'pglitekill2', 0);
        await waitFor(async () => after.records.filter((r) => r.outcome.kind === 'ok').length >= 4, 120_000, 'writes after the restart');
        records.push(...(await after.stop()));
      } finally {
        expect(await second.stop()).toBe(0);
      }
    } finally {
      await quietly(() => first.stop());
    }
    console.info(`[faults] pglite kill -9: ${JSON.stringify(summarize(records))}`);

    const handle = await createPgliteDatabase({ dataDir });
    try {
      const before = await writeAccounting(handle.query, records.filter((r) => r.marker.includes('pglitekill ')), 'pglitekill');
      const after = await writeAccounting(handle.query, records.filter((r) => r.marker.includes('pglitekill2 ')), 'pglitekill2');
      for (const accounting of [before, after]) {
        expect(accounting.lost).toEqual([]);
        expect(accounting.duplicated).toEqual([]);
        expect(accounting.refusedButStored).toEqual([]);
      }
      expect(before.acknowledged).toBeGreaterThan(0);
      expect(after.acknowledged).toBeGreaterThan(0);
      expect(await brokenInvariants(handle.query)).toEqual({});
    } finally {
      await handle.close();
    }
  });
});
