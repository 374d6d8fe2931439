import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from '../rate-limit/client-ip';
import { assertWithinLimit, RateLimitedError } from '../rate-limit/errors';
import type { RateLimitPolicyName } from '../rate-limit/policies';
import { env } from '../env';
import { rateLimiter } from './rate-limiter-instance';

export { closeRateLimiter, rateLimiter } from './rate-limiter-instance';

/** The requesting client's address, as far as TRUST_PROXY lets us believe headers. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers(), { trustProxy: env().TRUST_PROXY });
}

/** Counts one action, or throws RateLimitedError (code rate_limited, with retryAfterSeconds). */
export async function limit(policy: RateLimitPolicyName, key: string): Promise<void> {
  await assertWithinLimit(rateLimiter(), policy, key);
}

/**
 * For posting limits: refuse when the budget is already spent, and count
 * only work that succeeded, so a refused form (a typo in a date) does not
 * cost a newcomer one of their two stories for the day.
 */
export async function limitOnSuccess<T>(policy: RateLimitPolicyName, key: string, work: () => Promise<T>): Promise<T> {
  const limiter = rateLimiter();
  const before = await limiter.peek(policy, key);
  if (!before.ok) throw new RateLimitedError(before.retryAfterSeconds, policy);
  const result = await work();
  await limiter.consume(policy, key);
  return result;
}
