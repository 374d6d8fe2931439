// Shared pieces of the fault drills: ports, timing knobs, waits.
export const PORTS = {
  app: Number(process.env.FAULTS_APP_PORT ?? 3151),
  postgres: Number(process.env.FAULTS_PG_PORT ?? 55432),
  redis: Number(process.env.FAULTS_REDIS_PORT ?? 6390),
};

/** Seconds of the read soak (3 minutes in CI; shorten locally). */
export const SOAK_SECONDS = Number(process.env.FAULTS_SOAK_SECONDS ?? 180);
/** The memory bound every soak enforces. */
export const RSS_LIMIT_MIB = Number(process.env.SOAK_RSS_LIMIT_MIB ?? 450);
/** The production server's V8 heap cap, as `npm start` sets it. */
export const HEAP_FLAGS = [`--max-old-space-size=${process.env.NODE_HEAP_MIB ?? 256}`];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, label: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${label}`);
    await sleep(250);
  }
}

export async function healthStatus(baseUrl: string): Promise<number> {
  try {
    return (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(15_000) })).status;
  } catch {
    return 0;
  }
}

/** Runs as a test's epilogue: a problem in cleanup must not hide the assertion that failed. */
export async function quietly(work: () => unknown): Promise<void> {
  try {
    await work();
  } catch {
    // Cleanup only.
  }
}
