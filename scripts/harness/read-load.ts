// A mixed guest read load, as a forum's visitors make it: lists, thread pages
// (most of them), search, profiles, feeds, help. Used by `npm run bench:soak`
// and the fault suite's soak. Counts responses by status class; nothing here
// asserts anything.
import autocannon from 'autocannon';

export interface ReadTargets {
  threadIds: number[];
  stageSlugs: string[];
  handles: string[];
}

const SEARCH_WORDS = ['催收', '协商还款', '律师函', '招联金融', '停息挂账', '上门', 'collection', '征信'];

/** One request path, weighted like a forum's read traffic (thread pages dominate). */
export function pickPath(targets: ReadTargets, random: () => number = Math.random): string {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (roll < 0.45) return `/t/${pick(targets.threadIds)}`;
  if (roll < 0.55) return '/';
  if (roll < 0.63) return `/stories?stage=${pick(targets.stageSlugs)}`;
  if (roll < 0.68) return '/stories?sort=helpful';
  if (roll < 0.73) return `/search?q=${encodeURIComponent(pick(SEARCH_WORDS))}`;
  if (roll < 0.77) return '/questions';
  if (roll < 0.8) return '/settled';
  if (roll < 0.83) return `/u/${pick(targets.handles)}`;
  if (roll < 0.86) return `/stages/${pick(targets.stageSlugs)}`;
  if (roll < 0.89) return '/insights';
  if (roll < 0.92) return '/feeds/stories.xml';
  if (roll < 0.95) return '/experts';
  if (roll < 0.96) return '/help';
  // A load balancer's probe: a 503 from it under load would take a healthy instance out.
  if (roll < 0.97) return '/api/health';
  return `/t/${pick(targets.threadIds)}?locale=en`;
}

export interface LoadResult {
  requests: number;
  ok2xx: number;
  other3xx4xx: number;
  errors5xx: number;
  /** Connection errors and timeouts (no HTTP status). */
  failures: number;
  latencyP50: number;
  latencyP99: number;
  /** Paths that answered 5xx, with counts (at most 20 distinct). */
  serverErrorPaths: Record<string, number>;
}

/** Runs the mixed read load for `seconds` at `connections` concurrent clients. */
export async function runReadLoad(
  baseUrl: string,
  targets: ReadTargets,
  options: { seconds: number; connections: number; signal?: AbortSignal },
): Promise<LoadResult> {
  const serverErrorPaths: Record<string, number> = {};
  let errors5xx = 0;
  let instance: autocannon.Instance | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
        requests: [{ setupRequest: (request) => ({ ...request, path: pickPath(targets) }) }],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (client, statusCode) => {
      if (statusCode < 500) return;
      errors5xx += 1;
      const path = (client as unknown as { opts?: { path?: string } }).opts?.path ?? '?';
      if (Object.keys(serverErrorPaths).length < 20 || path in serverErrorPaths) serverErrorPaths[path] = (serverErrorPaths[path] ?? 0) + 1;
    });
    options.signal?.addEventListener('abort', () => instance?.stop());
  });
  return {
    requests: result.requests.total,
    ok2xx: result['2xx'],
    other3xx4xx: result['3xx'] + result['4xx'],
    errors5xx: Math.max(errors5xx, result['5xx']),
    failures: result.errors + result.timeouts,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    serverErrorPaths,
  };
}
