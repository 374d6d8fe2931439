import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from '../rate-limit/client-ip';
import { assertWithinLimit, consumeThenRefundOnFailure } from '../rate-limit/errors';
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

/** Posting limits: counted first, refunded when the work fails (see consumeThenRefundOnFailure). */
export async function limitOnSuccess<T>(policy: RateLimitPolicyName, key: string, work: () => Promise<T>): Promise<T> {
  return consumeThenRefundOnFailure(rateLimiter(), policy, key, work);
}
