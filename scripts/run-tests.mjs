#!/usr/bin/env node
// The one test command (`npm test`): every Vitest project (unit, integration
// on PGlite, and on PostgreSQL when DATABASE_URL is set), then a production
// build, the Playwright suite in Chromium, and the HTTP benchmark in smoke
// mode (with DATABASE_URL). Prints one summary line,
// "N passed, N failed, N skipped", summed over both runners, and exits
// non-zero when anything failed, a runner crashed, or no test ran.
// With DATABASE_URL set (as .ci/run sets it) it then also runs the fault
// drills (`npm run test:faults`: disposable PostgreSQL and Redis, the
// production build over HTTP) and counts them in the same line; without it
// they are reported as skipped, like the PostgreSQL integration project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const resultsDir = path.join(root, '.data', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const problems = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${[path.basename(command), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) problems.push(`${label} exited with ${result.status ?? result.signal}`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };

// 0. Lint: a failure here is reported, but the tests still run.
run('eslint', bin('eslint'), ['.', '--max-warnings=0']);

// 1. Vitest
const vitestJson = path.join(resultsDir, 'vitest.json');
run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numFailedTestSuites && !vitest.numFailedTests) totals.failed += vitest.numFailedTestSuites;
} else problems.push('vitest wrote no results');

// 2. Production build, then Playwright against it
const built = process.env.SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID')) ? true : run('next build', bin('next'), ['build']);
if (built) {
  const playwrightJson = path.join(resultsDir, 'playwright.json');
  run('playwright', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
  const playwright = readJson(playwrightJson);
  if (playwright?.stats) {
    totals.passed += playwright.stats.expected + playwright.stats.flaky;
    totals.failed += playwright.stats.unexpected;
    totals.skipped += playwright.stats.skipped;
    if (playwright.errors?.length) problems.push(`playwright reported ${playwright.errors.length} error(s) outside tests`);
  } else problems.push('playwright wrote no results');

  // 3. The load benchmark in smoke mode (it needs PostgreSQL): it runs and
  //    every page it measures answers 2xx. One test in the summary.
  if (process.env.DATABASE_URL) {
    if (run('bench:http smoke', bin('tsx'), ['scripts/bench-http.ts'], { BENCH_SMOKE: '1' })) totals.passed += 1;
    else totals.failed += 1;
  } else {
    console.log('\n▶ bench:http smoke: skipped (needs DATABASE_URL)');
    totals.skipped += 1;
  }
}

// 4. Fault drills against the same build: they need PostgreSQL's binaries and
//    redis-server, which a machine with a PostgreSQL server has.
if (built && !process.env.DATABASE_URL) {
  console.log('\n▶ faults: skipped (needs DATABASE_URL)');
  totals.skipped += 1;
}
if (built && process.env.DATABASE_URL) {
  const faultsJson = path.join(resultsDir, 'faults.json');
  run('faults', bin('vitest'), ['run', '--config', 'vitest.faults.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${faultsJson}`]);
  const faults = readJson(faultsJson);
  if (faults) {
    totals.passed += faults.numPassedTests;
    totals.failed += faults.numFailedTests;
    totals.skipped += faults.numPendingTests + faults.numTodoTests;
    if (faults.numFailedTestSuites && !faults.numFailedTests) totals.failed += faults.numFailedTestSuites;
  } else problems.push('the fault drills wrote no results');
}

console.log('');
for (const problem of problems) console.log(`! ${problem}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 || problems.length > 0 ? 1 : 0);
