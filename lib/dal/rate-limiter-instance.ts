// The process's rate limiter, apart from rate-limit.ts so instrumentation.ts
// (not a React server module, so no server-only marker) can close it.
import { createRateLimitRedis } from '../rate-limit/create-rate-limit-redis';
import { createRateLimiter, type RateLimiter } from '../rate-limit/create-rate-limiter';
import { env } from '../env';

// One limiter per process (kept across dev reloads), shared through Redis
// between instances when REDIS_URL is set.
const state = globalThis as unknown as { __ashoreRateLimiter?: RateLimiter };

export function rateLimiter(): RateLimiter {
  if (!state.__ashoreRateLimiter) {
    const config = env();
    state.__ashoreRateLimiter = createRateLimiter({
      redis: config.REDIS_URL ? createRateLimitRedis(config.REDIS_URL) : null,
      keySecret: config.AUTH_SECRET,
      ipPointsScale: config.RATE_LIMIT_IP_SCALE,
    });
  }
  return state.__ashoreRateLimiter;
}

/** Quits the limiter's Redis connection at shutdown. */
export async function closeRateLimiter(): Promise<void> {
  const limiter = state.__ashoreRateLimiter;
  state.__ashoreRateLimiter = undefined;
  await limiter?.close();
}

