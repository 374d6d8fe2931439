import { Redis } from 'ioredis';

/**
 * An ioredis client for the rate limiter, tuned to fail fast: a rate limit
 * must never make a sign-in wait for a Redis that is down. Failed commands
 * go to the limiter's in-memory insurance instead.
 */
export function createRateLimitRedis(url: string): Redis {
  return new Redis(url, {
    // rate-limiter-flexible's advice for ioredis: do not queue commands
    // while disconnected (they would wait for the reconnect).
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // A Redis that accepts the connection but does not answer.
    commandTimeout: 500,
    // Keep reconnecting in the background, backing off to every 5 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
}
