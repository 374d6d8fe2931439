import { readFileSync } from 'node:fs';

/** Resident set size of a process in MiB (Linux /proc), or null once it is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples RSS every `everyMs` until stopped; `samples` are [seconds since start, MiB]. */
export function sampleRss(pid: number, everyMs: number, onSample?: (seconds: number, mib: number) => void) {
  const started = Date.now();
  const samples: [number, number][] = [];
  const take = () => {
    const mib = rssMiB(pid);
    if (mib === null) return;
    const seconds = Math.round((Date.now() - started) / 1000);
    samples.push([seconds, mib]);
    onSample?.(seconds, mib);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/**
 * Whether RSS has stopped climbing: the mean of the last quarter of the run
 * exceeds the mean of the quarter before it by less than `toleranceMiB`.
 * The first quarter (warm-up: code loading, caches filling) is ignored.
 */
export function plateaued(samples: [number, number][], toleranceMiB = 25): { plateau: boolean; lastQuarter: number; previousQuarter: number } {
  const n = samples.length;
  const quarter = Math.max(1, Math.floor(n / 4));
  const mean = (xs: [number, number][]) => xs.reduce((sum, [, mib]) => sum + mib, 0) / Math.max(1, xs.length);
  const lastQuarter = mean(samples.slice(n - quarter));
  const previousQuarter = mean(samples.slice(n - 2 * quarter, n - quarter));
  return { plateau: lastQuarter - previousQuarter < toleranceMiB, lastQuarter, previousQuarter };
}
