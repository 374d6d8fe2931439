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
