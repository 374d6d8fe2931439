import { AppError } from '../errors';
import type { RateLimiter } from './create-rate-limiter';
import type { RateLimitPolicyName } from './policies';

/**
 * `rate_limited`, with how long to wait: the edge answers 429 with a
 * `Retry-After` header (or a localized "try again in N minutes"), and the
 * form keeps what the user typed, as it does for every AppError.
 */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    readonly policy: RateLimitPolicyName,
  ) {
    super('rate_limited', undefined, `rate limited by ${policy}; retry after ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }
}

export function isRateLimitedError(error: unknown): error is RateLimitedError {
  return error instanceof RateLimitedError;
}

/** Counts one action under `policy`, or throws RateLimitedError. Returns the points left. */
export async function assertWithinLimit(limiter: RateLimiter, policy: RateLimitPolicyName, key: string): Promise<number> {
  const result = await limiter.consume(policy, key);
  if (!result.ok) throw new RateLimitedError(result.retryAfterSeconds, policy);
  return result.remaining;
}

/**
 * For posting limits: count the action first, then do the work, and give
 * the point back if the work failed, so a refused form (a typo in a date)
 * does not cost a newcomer one of their two stories for the day. Counting
 * first is what makes the limit hold under parallel requests: looking
 * first and counting after success would let N parallel posts all see the
 * same remaining budget.
 */
export async function consumeThenRefundOnFailure<T>(
  limiter: RateLimiter,
  policy: RateLimitPolicyName,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  await assertWithinLimit(limiter, policy, key);
  try {
    return await work();
  } catch (error) {
    // A refund that fails leaves the point spent: the strict side.
    await limiter.reward(policy, key).catch(() => {});
    throw error;
  }
}
