// `npm run bench:soak`: a long mixed guest read soak of the production build
// (run `npm run build` first). A scratch database next to DATABASE_URL
// (default: the local server) gets the demo content plus synthetic stories;
// `next start` runs with the heap cap `npm start` uses; autocannon reads at
// SOAK_CONNECTIONS for SOAK_MINUTES while the server's RSS is sampled.
// Prints RSS over time, whether it plateaued, and the 5xx count; exits
// non-zero when RSS went over SOAK_RSS_LIMIT_MIB or any 5xx came back.
// A benchmark, not a test: figures depend on the machine and its load.
import { startAppServer, sharedSecret } from './harness/app-server';
import { runReadLoad } from './harness/read-load';
import { plateaued, sampleRss } from './harness/rss';
import { createScratchDatabase, seedForum } from './harness/scratch-database';
import postgres from 'postgres';

const minutes = Number(process.env.SOAK_MINUTES ?? 30);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 20);
const limitMiB = Number(process.env.SOAK_RSS_LIMIT_MIB ?? 450);
const port = Number(process.env.SOAK_PORT ?? 3160);
const stories = Number(process.env.SOAK_STORIES ?? 2000);
const heapMiB = process.env.NODE_HEAP_MIB ?? '256';
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

console.log(`soak: ${minutes} min at c=${connections}, RSS limit ${limitMiB} MiB, heap cap ${heapMiB} MiB, ${stories} synthetic stories`);
const scratch = await createScratchDatabase(server, 'ashore_soak');
let exitCode = 1;
try {
  await seedForum(scratch.url, { stories });
  const client = postgres(scratch.url, { max: 1, onnotice: () => {} });
  const threadIds = (await client`select id from threads where status = 'published'`).map((r) => Number(r.id));
  const stageSlugs = (await client`select slug from stages`).map((r) => String(r.slug));
  const handles = (await client`select handle from users order by id limit 20`).map((r) => String(r.handle));
  await client.end();

  const app = await startAppServer({
    port,
    env: { DATABASE_URL: scratch.url, AUTH_SECRET: sharedSecret(), RATE_LIMIT_IP_SCALE: '1000' },
    nodeFlags: [`--max-old-space-size=${heapMiB}`],
  });
  try {
    const sampler = sampleRss(app.pid, 30_000, (seconds, mib) => console.log(`  t=${String(Math.round(seconds / 60)).padStart(3)} min  RSS ${mib.toFixed(0).padStart(4)} MiB`));
    const result = await runReadLoad(app.url, { threadIds, stageSlugs, handles }, { seconds: Math.round(minutes * 60), connections });
    const samples = sampler.stop();
    const peak = Math.max(...samples.map(([, mib]) => mib));
    const plateau = plateaued(samples);
    console.log(`requests ${result.requests} (2xx ${result.ok2xx}, 3xx/4xx ${result.other3xx4xx}, 5xx ${result.errors5xx}, no answer ${result.failures})`);
    console.log(`latency p50 ${result.latencyP50} ms, p99 ${result.latencyP99} ms`);
    if (result.errors5xx) console.log(`5xx by path: ${JSON.stringify(result.serverErrorPaths)}`);
    console.log(`RSS start ${samples[0]![1].toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, last quarter ${plateau.lastQuarter.toFixed(0)} vs previous ${plateau.previousQuarter.toFixed(0)} MiB: ${plateau.plateau ? 'plateaued' : 'STILL CLIMBING'}`);
    const ok = peak <= limitMiB && result.errors5xx === 0 && result.requests > 0;
    console.log(ok ? 'soak passed' : `soak FAILED (${peak > limitMiB ? `RSS over ${limitMiB} MiB` : ''}${result.errors5xx ? ` ${result.errors5xx} 5xx` : ''})`);
    exitCode = ok ? 0 : 1;
  } finally {
    await app.stop();
  }
} finally {
  await scratch.drop();
}
process.exit(exitCode);
