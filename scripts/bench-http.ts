// `npm run bench:http`: load benchmark of the production server on PostgreSQL.
//
// Creates a scratch database beside DATABASE_URL, seeds it (threads with 10,
// 20, 200 and 10,000 replies; 10,000 stories, then 1,000,000 with
// BENCH_SCALE=1m), builds the app (unless BENCH_REUSE_BUILD=1), starts
// `next start` on it, and runs autocannon as a guest against each page at
// each concurrency: a warm-up run, then a measured one. Prints a table and
// writes it as JSON to .data/bench/. The database is dropped and the server
// killed (its whole process group) at the end, also on failure or Ctrl-C.
//
// BENCH_SMOKE=1: a tiny seed, a few requests per page at low concurrency,
// the existing build; exits non-zero unless every page answered 2xx (with
// results, for search) and the table was printed (`npm test` runs it).
//
// CPU per request: utime+stime from /proc/<pid>/stat, summed over the server
// process and its descendants, and over the PostgreSQL backends connected
// to the scratch database and their parallel workers (pids from
// pg_stat_activity, sampled before and after each run; autovacuum workers,
// the WAL writer and other background processes are not counted). Divided by the requests completed in the run.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { createPostgresDatabase, selectRows } from '../db/connect';
import { seedSyntheticStories, seedSyntheticThread } from '../db/seed/synthetic';
import { threadPath } from '../lib/threads/slug';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const config = readConfig();
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

interface Config {
  databaseUrl: string;
  smoke: boolean;
  scales: number[];
  warmupSeconds: number;
  durationSeconds: number;
  connections: number[];
  port: number;
  reuseBuild: boolean;
  threadSizes: { small: number; medium: number; large: number; huge: number };
}

function readConfig(): Config {
  const env = process.env;
  if (!env.DATABASE_URL) {
    console.error(
      'bench:http needs DATABASE_URL pointing at a PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432/postgres).\n' +
        'It creates a scratch database beside that one, benchmarks against it and drops it; the database itself is not touched.',
    );
    process.exit(2);
  }
  const smoke = env.BENCH_SMOKE === '1';
  const scale = env.BENCH_SCALE ?? '10k';
  if (scale !== '10k' && scale !== '1m') {
    console.error(`BENCH_SCALE must be 10k or 1m, not ${scale}`);
    process.exit(2);
  }
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0) {
      console.error(`${name} must be a positive number`);
      process.exit(2);
    }
    return value;
  };
  return {
    databaseUrl: env.DATABASE_URL,
    smoke,
    scales: smoke ? [300] : scale === '1m' ? [10_000, 1_000_000] : [10_000],
    warmupSeconds: number('BENCH_WARMUP_SECONDS', 5),
    durationSeconds: number('BENCH_DURATION_SECONDS', 20),
    connections: (env.BENCH_CONNECTIONS ?? (smoke ? '2' : '10,50')).split(',').map((c) => Math.trunc(Number(c))).filter((c) => c > 0),
    port: number('BENCH_PORT', 3190),
    reuseBuild: smoke || env.BENCH_REUSE_BUILD === '1',
    threadSizes: smoke ? { small: 10, medium: 20, large: 200, huge: 300 } : { small: 10, medium: 20, large: 200, huge: 10_000 },
  };
}

interface Target {
  key: string;
  label: string;
  path: string;
  /** Part of the list/search set measured at each scale. */
  scaled: boolean;
  /** Text a proper answer contains (a search that ran, not a rate-limit notice). */
  expect?: string;
}

interface Row {
  target: string;
  label: string;
  path: string;
  stories: number;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  appCpuMsPerRequest: number;
  pgCpuMsPerRequest: number;
}

// ---------------------------------------------------------------------------
// Processes: CPU ticks and RSS from /proc

function procStat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may contain spaces: state is field 3.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** The process and all its descendants. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = procStat(pid);
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function ticksOf(pids: number[]): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    const stat = procStat(pid);
    if (stat) ticks.set(pid, stat.ticks);
  }
  return ticks;
}

/** CPU milliseconds spent between two samples by the processes of the second. */
function cpuMsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0);
  return (ticks * 1000) / CLOCK_TICKS;
}

function rssMiB(pids: number[]): number {
  let kib = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) kib += Number(match[1]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kib / 1024;
}

// ---------------------------------------------------------------------------
// Database and server

async function createScratchDatabase() {
  const name = `bench_http_${randomBytes(4).toString('hex')}`;
  const adminUrl = new URL(config.databaseUrl);
  adminUrl.pathname = '/postgres';
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(config.databaseUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    admin,
    backendPids: async () =>
      (
        await admin<{ pid: number }[]>`select pid from pg_stat_activity
          where datname = ${name} and backend_type in ('client backend', 'parallel worker')`
      ).map((r) => r.pid),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function build() {
  console.log('▶ next build');
  const result = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build exited with ${result.status ?? result.signal}`);
}

async function startServer(databaseUrl: string, logFile: string): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    AUTH_TRUST_HOST: 'true',
    APP_URL: `http://127.0.0.1:${config.port}`,
    // autocannon connects directly: no client-IP header is believed.
    TRUST_PROXY: '0',
    DEMO_CONTENT: 'false',
    // Every autocannon connection is 127.0.0.1: per-IP limits (search) would
    // measure the limiter, not the page.
    RATE_LIMIT_IP_SCALE: '1000',
    // The heap cap `npm start` runs with, so RSS is measured as in production.
    NODE_OPTIONS: `--max-old-space-size=${process.env.NODE_HEAP_MIB ?? '256'} ${process.env.NODE_OPTIONS ?? ''}`.trim(),
    NEXT_MANUAL_SIG_HANDLE: 'true',
  };
  // In-memory limits: the benchmark must not share state with anyone's Redis.
  delete env.REDIS_URL;
  delete env.SMTP_URL;
  const log = openSync(logFile, 'a');
  // Started directly (not through npx) and in its own process group, so one
  // signal to the group ends it and anything it spawned.
  const server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '--port', String(config.port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', log, log],
  });
  const deadline = performance.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the server exited with ${server.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`http://127.0.0.1:${config.port}/help`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) throw new Error(`the server did not answer within 120 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function stopServer(server: ChildProcess | undefined) {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------
// Seeding

async function seed(url: string, stories: number, existing: number) {
  const handle = createPostgresDatabase(url);
  try {
    if (existing === 0) await handle.migrate();
    const started = performance.now();
    await seedSyntheticStories(handle.db, { stories: stories - existing, deferIndexes: stories - existing >= 100_000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`seeded ${(stories - existing).toLocaleString('en')} stories in ${seconds.toFixed(1)} s`);
    return seconds;
  } finally {
    await handle.close();
  }
}

async function seedThreads(url: string) {
  const handle = createPostgresDatabase(url);
  try {
    const sizes = config.threadSizes;
    const started = performance.now();
    const ids = {
      small: await seedSyntheticThread(handle.db, { replies: sizes.small, title: `基准测试：${sizes.small} 条回复的帖子` }),
      medium: await seedSyntheticThread(handle.db, { replies: sizes.medium, title: `基准测试：${sizes.medium} 条回复的帖子` }),
      large: await seedSyntheticThread(handle.db, { replies: sizes.large, title: `基准测试：${sizes.large} 条回复的帖子` }),
      huge: await seedSyntheticThread(handle.db, { replies: sizes.huge, title: `基准测试：${sizes.huge} 条回复的帖子` }),
    };
    const titles = await selectRows<{ id: number; title: string }>(
      handle.db,
      sql`select id, title from threads where id in (${ids.small}, ${ids.medium}, ${ids.large}, ${ids.huge})`,
    );
    const title = new Map(titles.map((r) => [r.id, r.title]));
    const [filter] = await selectRows<{ stage: string; outcome: string }>(
      handle.db,
      sql`select (select slug from stages where id = 3) as stage, (select slug from outcomes where id = 2) as outcome`,
    );
    console.log(`seeded threads of ${Object.values(sizes).join(', ')} replies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { ids, title, filter: filter! };
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------
// Measuring

/**
 * A timed run; in smoke mode a fixed number of requests instead (two per
 * connection), so a slow page on a busy machine still completes some.
 */
async function cannon(url: string, connections: number, seconds: number) {
  if (config.smoke) return autocannon({ url, connections, amount: connections * 2, timeout: 30 });
  return autocannon({ url, connections, duration: seconds, timeout: 20 });
}

async function measure(
  target: Target,
  connections: number,
  stories: number,
  serverPid: number,
  backendPids: () => Promise<number[]>,
): Promise<Row> {
  const url = `http://127.0.0.1:${config.port}${target.path}`;
  await settle(serverPid);
  await cannon(url, connections, config.warmupSeconds);
  const appBefore = ticksOf(processTree(serverPid));
  const pgBefore = ticksOf(await backendPids());
  const result = await cannon(url, connections, config.durationSeconds);
  const appAfter = ticksOf(processTree(serverPid));
  const pgAfter = ticksOf(await backendPids());
  const requests = result.requests.total;
  const perRequest = (ms: number) => (requests ? ms / requests : 0);
  return {
    target: target.key,
    label: target.label,
    path: target.path,
    stories,
    connections,
    requests,
    reqPerSec: requests / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    appCpuMsPerRequest: perRequest(cpuMsBetween(appBefore, appAfter)),
    pgCpuMsPerRequest: perRequest(cpuMsBetween(pgBefore, pgAfter)),
  };
}

/**
 * Waits (up to a minute) until the server is nearly idle: requests the
 * previous run abandoned at its timeout are still being rendered, and would
 * otherwise be charged to the next page.
 */
async function settle(serverPid: number) {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const before = ticksOf(processTree(serverPid));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (cpuMsBetween(before, ticksOf(processTree(serverPid))) < 200) return;
  }
}

/** One request per target before measuring: a 2xx with the expected content, or the run is pointless. */
async function check(targets: Target[]): Promise<string[]> {
  const problems: string[] = [];
  for (const target of targets) {
    const response = await fetch(`http://127.0.0.1:${config.port}${target.path}`, { redirect: 'manual' });
    const body = await response.text();
    if (response.status < 200 || response.status > 299) problems.push(`${target.label} (${target.path}) answered ${response.status}`);
    else if (target.expect && !body.includes(target.expect)) problems.push(`${target.label} (${target.path}) lacks ${target.expect}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Report

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function printTable(rows: Row[]) {
  const header = ['page', 'stories', 'c', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'non-2xx', 'errors', 'app CPU ms/req', 'PG CPU ms/req'];
  const lines = rows.map((r) => [
    r.label,
    r.stories.toLocaleString('en'),
    String(r.connections),
    fixed(r.reqPerSec),
    String(r.p50),
    String(r.p97_5),
    String(r.p99),
    String(r.non2xx),
    String(r.errors),
    fixed(r.appCpuMsPerRequest),
    fixed(r.pgCpuMsPerRequest, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}

interface Ratio {
  name: string;
  connections: number;
  p50: number;
  reqPerSec: number;
}

function ratios(rows: Row[], smallest: number, largest: number): Ratio[] {
  const find = (target: string, connections: number, stories: number) =>
    rows.find((r) => r.target === target && r.connections === connections && r.stories === stories);
  const pairs: [string, string, number, string, number][] = [
    ['thread200 ÷ thread20', 'thread200', smallest, 'thread20', smallest],
    ['thread10k ÷ thread10', 'thread10k', smallest, 'thread10', smallest],
  ];
  if (largest !== smallest) {
    for (const key of ['list', 'listFiltered', 'searchCommon', 'searchRare']) {
      pairs.push([`${key} at ${largest.toLocaleString('en')} ÷ at ${smallest.toLocaleString('en')}`, key, largest, key, smallest]);
    }
  }
  const out: Ratio[] = [];
  for (const connections of config.connections) {
    for (const [name, a, aStories, b, bStories] of pairs) {
      const x = find(a, connections, aStories);
      const y = find(b, connections, bStories);
      if (x?.requests && y?.requests) out.push({ name, connections, p50: x.p50 / y.p50, reqPerSec: x.reqPerSec / y.reqPerSec });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

async function main() {
  const outDir = path.join(root, '.data', 'bench');
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const logFile = path.join(outDir, `server-${stamp}.log`);
  if (!config.reuseBuild) build();
  else if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.error('No production build to reuse (.next/BUILD_ID): run `npm run build` first, or unset BENCH_REUSE_BUILD.');
    process.exit(2);
  }

  const database = await createScratchDatabase();
  let server: ChildProcess | undefined;
  const interrupted = async () => {
    await stopServer(server);
    await database.drop().catch(() => {});
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const rows: Row[] = [];
  const seeding: { stories: number; seconds: number }[] = [];
  const problems: string[] = [];
  const rss: { stories: number; before: number; after: number }[] = [];
  try {
    const runs = config.smoke ? 'smoke mode, 2 requests per connection' : `warm-up ${config.warmupSeconds} s, measure ${config.durationSeconds} s`;
    console.log(`scratch database ${database.name}; ${runs}; connections ${config.connections.join(', ')}`);
    const first = config.scales[0]!;
    seeding.push({ stories: first, seconds: await seed(database.url, first, 0) });
    const { ids, title, filter } = await seedThreads(database.url);
    const sizes = config.threadSizes;
    const thread = (key: string, label: string, id: number): Target => ({ key, label, path: threadPath(id, title.get(id)), scaled: false });
    // Thread pages last, the longest thread at the very end: requests a run
    // abandons at its timeout keep the server busy after it, and would
    // otherwise be charged to the pages measured next.
    const targets: Target[] = [
      { key: 'static', label: 'static /help', path: '/help', scaled: false },
      { key: 'list', label: 'list /stories', path: '/stories', scaled: true },
      { key: 'listFiltered', label: 'list, stage + outcome', path: `/stories?stage=${filter.stage}&outcome=${filter.outcome}`, scaled: true },
      { key: 'searchCommon', label: 'search 逾期 (common)', path: `/search?q=${encodeURIComponent('逾期')}`, scaled: true, expect: 'data-testid="search-result"' },
      { key: 'searchRare', label: 'search 招联金融 (1%)', path: `/search?q=${encodeURIComponent('招联金融')}`, scaled: true, expect: 'data-testid="search-result"' },
      thread('thread10', `thread, ${sizes.small} replies`, ids.small),
      thread('thread20', `thread, ${sizes.medium} replies`, ids.medium),
      thread('thread200', `thread, ${sizes.large} replies`, ids.large),
      thread('thread10k', `thread, ${sizes.huge.toLocaleString('en')} replies, page 1`, ids.huge),
    ];

    for (const [index, stories] of config.scales.entries()) {
      if (index > 0) {
        // More stories, then a fresh server: only list and search are measured again.
        seeding.push({ stories, seconds: await seed(database.url, stories, config.scales[index - 1]!) });
      }
      const measured = index === 0 ? targets : targets.filter((t) => t.scaled);
      server = await startServer(database.url, logFile);
      const serverPid = server.pid!;
      problems.push(...(await check(measured)));
      const memory = { stories, before: rssMiB(processTree(serverPid)), after: 0 };
      for (const target of measured) {
        let completed = true;
        for (const connections of config.connections) {
          if (!completed) {
            problems.push(`${target.label} at c=${connections}: skipped, no request completed at lower concurrency`);
            continue;
          }
          const row = await measure(target, connections, stories, serverPid, database.backendPids);
          rows.push(row);
          completed = row.requests > 0;
          console.log(`${row.label.padEnd(34)} ${String(stories).padStart(9)} stories  c=${String(connections).padEnd(3)} ${fixed(row.reqPerSec).padStart(6)} req/s  p50 ${row.p50} ms`);
          if (row.non2xx || row.errors || !row.requests) {
            problems.push(`${row.label} at c=${connections}: ${row.non2xx} non-2xx, ${row.errors} errors, ${row.requests} requests`);
          }
        }
      }
      memory.after = rssMiB(processTree(serverPid));
      rss.push(memory);
      await stopServer(server);
    }
  } finally {
    await stopServer(server);
    await database.drop();
  }

  printTable(rows);
  console.log();
  for (const m of rss) {
    console.log(`server RSS (process tree) with ${m.stories.toLocaleString('en')} stories: ${fixed(m.before)} MiB before, ${fixed(m.after)} MiB after`);
  }
  const computed = ratios(rows, config.scales[0]!, config.scales.at(-1)!);
  if (computed.length) {
    console.log('\nratios (p50 latency, req/s):');
    for (const r of computed) console.log(`  ${r.name.padEnd(38)} c=${String(r.connections).padEnd(3)} p50 ×${fixed(r.p50, 2)}  req/s ×${fixed(r.reqPerSec, 2)}`);
  }
  for (const s of seeding) console.log(`seeding up to ${s.stories.toLocaleString('en')} stories took ${fixed(s.seconds)} s`);

  const file = path.join(outDir, `http-${stamp}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        smoke: config.smoke,
        warmupSeconds: config.warmupSeconds,
        durationSeconds: config.durationSeconds,
        cpuAccounting: 'utime+stime of the next start process tree, and of PostgreSQL backends connected to the scratch database',
        seeding,
        rssMiB: rss,
        rows,
        ratios: computed,
        problems,
      },
      null,
      2,
    ),
  );
  console.log(`\nwritten to ${path.relative(root, file)}`);
  if (problems.length) {
    for (const problem of problems) console.log(`! ${problem}`);
    if (config.smoke) process.exit(1);
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
