// `npm run bench`: in-process latency of the list and thread queries over
// 10,000 synthetic stories (3 replies each). On PostgreSQL when DATABASE_URL
// is set (a scratch database is created next to it and dropped), otherwise
// on an in-memory PGlite. Prints p50/p95/max per query; nothing is asserted.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { createPgliteDatabase, createPostgresDatabase, type DatabaseHandle } from '../db/connect';
import { seedSyntheticStories } from '../db/seed/synthetic';
import { getThreadPage } from '../lib/threads/get-thread-page';
import { listStories, type StoryListQuery } from '../lib/threads/list-stories';

const STORIES = Number(process.env.BENCH_STORIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

async function open(): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = await createPgliteDatabase();
    return { handle, cleanup: () => handle.close() };
  }
  const name = `ashore_bench_${randomBytes(4).toString('hex')}`;
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = createPostgresDatabase(url.toString());
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function measure(label: string, work: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
  console.log(`${label.padEnd(34)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   max ${at(1).padStart(7)} ms`);
}

const { handle, cleanup } = await open();
try {
  console.log(`engine: ${handle.kind}; ${STORIES} stories; ${ROUNDS} rounds per query`);
  await handle.migrate();
  const seeded = performance.now();
  await seedSyntheticStories(handle.db, { stories: STORIES, repliesPerStory: 3 });
  console.log(`seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s\n`);

  const lists: [string, StoryListQuery][] = [
    ['list newest', { sort: 'newest' }],
    ['list helpful', { sort: 'helpful' }],
    ['list stage+outcome', { sort: 'newest', stageId: 5, outcomeId: 2 }],
    ['list settled', { sort: 'newest', settledOnly: true }],
  ];
  for (const [label, query] of lists) await measure(label, () => listStories(handle.db, query));
  const deep = await listStories(handle.db, { sort: 'newest', limit: 50 });
  let cursor = deep.nextCursor!;
  for (let i = 0; i < 100; i++) cursor = (await listStories(handle.db, { sort: 'newest', limit: 50, cursor })).nextCursor ?? cursor;
  await measure('list newest, page 100 (keyset)', () => listStories(handle.db, { sort: 'newest', cursor }));
  await measure('thread page (3 replies)', () => getThreadPage(handle.db, null, Math.ceil(STORIES / 2)));
} finally {
  await cleanup();
}
