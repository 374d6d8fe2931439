import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from '../rate-limit/client-ip';
import { createRateLimitRedis } from '../rate-limit/create-rate-limit-redis';
import { createRateLimiter, type RateLimiter } from '../rate-limit/create-rate-limiter';
import { assertWithinLimit, consumeThenRefundOnFailure } from '../rate-limit/errors';
import type { RateLimitPolicyName } from '../rate-limit/policies';
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

/** The requesting client's address, as far as TRUST_PROXY lets us believe headers. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers(), { trustProxy: env().TRUST_PROXY });
}

/** Counts one action, or throws RateLimitedError (code rate_limited, with retryAfterSeconds). */
export async function limit(policy: RateLimitPolicyName, key: string): Promise<void> {
  await assertWithinLimit(rateLimiter(), policy, key);
}

/** Posting limits: counted first, refunded when the work fails (see consumeThenRefundOnFailure). */
export async function limitOnSuccess<T>(policy: RateLimitPolicyName, key: string, work: () => Promise<T>): Promise<T> {
  return consumeThenRefundOnFailure(rateLimiter(), policy, key, work);
}
