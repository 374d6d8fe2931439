import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAppError } from '@/lib/errors';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit/create-rate-limiter';
import { assertWithinLimit, RateLimitedError } from '@/lib/rate-limit/errors';
import { rateLimitPolicies, rateLimitPolicyNames, type RateLimitPolicyName } from '@/lib/rate-limit/policies';

async function consumeTimes(limiter: RateLimiter, policy: RateLimitPolicyName, key: string, times: number) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await limiter.consume(policy, key));
  return results;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the in-memory limiter (no REDIS_URL)', () => {
  it.each(rateLimitPolicyNames)('%s allows its points, then refuses with a Retry-After', async (policy) => {
    const { points, duration, blockDuration } = rateLimitPolicies[policy];
    const limiter = createRateLimiter();
    const allowed = await consumeTimes(limiter, policy, 'key-1', points);
    expect(allowed.every((r) => r.ok)).toBe(true);
    expect(allowed.map((r) => (r.ok ? r.remaining : -1))).toEqual(Array.from({ length: points }, (_, i) => points - 1 - i));

    const refused = await limiter.consume(policy, 'key-1');
    expect(refused.ok).toBe(false);
    const retryAfter = refused.ok ? 0 : refused.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(Math.max(duration, blockDuration));
    // Another key and another policy keep their own budget.
    expect(await limiter.consume(policy, 'key-2')).toEqual({ ok: true, remaining: points - 1 });
    await limiter.close();
  });

  it('blocks a signed-up-too-often address for the whole block, from the refused attempt on', async () => {
    vi.useFakeTimers();
    const limiter = createRateLimiter();
    await consumeTimes(limiter, 'signUpPerIp', '203.0.113.7', 5);
    vi.advanceTimersByTime(30 * 60_000);
    expect(await limiter.consume('signUpPerIp', '203.0.113.7')).toEqual({ ok: false, retryAfterSeconds: 3600 });
    // The first window has ended, but the block has not.
    vi.advanceTimersByTime(45 * 60_000);
    expect((await limiter.consume('signUpPerIp', '203.0.113.7')).ok).toBe(false);
    vi.advanceTimersByTime(15 * 60_000 + 1_000);
    expect(await limiter.consume('signUpPerIp', '203.0.113.7')).toEqual({ ok: true, remaining: 4 });
  });

  it('lets a refused member post again once the Retry-After has passed', async () => {
    vi.useFakeTimers();
    const limiter = createRateLimiter();
    await consumeTimes(limiter, 'postStoryNewUser', '42', 2);
    const refused = await limiter.consume('postStoryNewUser', '42');
    expect(refused.ok).toBe(false);
    const wait = refused.ok ? 0 : refused.retryAfterSeconds;
    expect(wait).toBe(24 * 3600);
    vi.advanceTimersByTime((wait - 1) * 1000);
    expect((await limiter.consume('postStoryNewUser', '42')).ok).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect((await limiter.consume('postStoryNewUser', '42')).ok).toBe(true);
  });

  it('reward gives one point back, but never banks points for an unused key', async () => {
    const limiter = createRateLimiter();
    await limiter.reward('signInPerIp', '198.51.100.1');
    const fresh = await consumeTimes(limiter, 'signInPerIp', '198.51.100.1', 21);
    expect(fresh.filter((r) => r.ok)).toHaveLength(20);

    await consumeTimes(limiter, 'vote', '7', 3);
    await limiter.reward('vote', '7');
    expect(await limiter.peek('vote', '7')).toEqual({ ok: true, remaining: 118 });
    expect(await limiter.consume('vote', '7')).toEqual({ ok: true, remaining: 117 });
  });

  it('reset forgets the count, and the block of a key that went over', async () => {
    const limiter = createRateLimiter();
    await consumeTimes(limiter, 'signInPerIp', '198.51.100.2', 21);
    expect((await limiter.consume('signInPerIp', '198.51.100.2')).ok).toBe(false);
    await limiter.reset('signInPerIp', '198.51.100.2');
    expect(await limiter.consume('signInPerIp', '198.51.100.2')).toEqual({ ok: true, remaining: 19 });
  });

  it('locks an account after 10 failed sign-ins, even against the right password, until a reset', async () => {
    const limiter = createRateLimiter();
    const email = 'Someone@Example.com';
    // The sign-in flow: peek, check the password, consume on failure.
    for (let failure = 1; failure <= 10; failure++) {
      expect((await limiter.peek('signInPerAccount', email)).ok).toBe(true);
      await limiter.consume('signInPerAccount', email);
    }
    const locked = await limiter.peek('signInPerAccount', email);
    expect(locked.ok).toBe(false);
    expect(locked.ok ? 0 : locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Case and spaces do not make a new account for the limiter.
    expect((await limiter.peek('signInPerAccount', ' someone@EXAMPLE.com ')).ok).toBe(false);
    // Peeking counts nothing.
    expect(await limiter.peek('signInPerAccount', 'other@example.com')).toEqual({ ok: true, remaining: 10 });
    expect(await limiter.peek('signInPerAccount', 'other@example.com')).toEqual({ ok: true, remaining: 10 });

    await limiter.reset('signInPerAccount', 'someone@example.com');
    expect(await limiter.peek('signInPerAccount', email)).toEqual({ ok: true, remaining: 10 });
  });

  it('counts a whole IPv6 /64 as one address', async () => {
    const limiter = createRateLimiter();
    for (let i = 1; i <= 5; i++) {
      expect((await limiter.consume('signUpPerIp', `2001:db8:1:2::${i.toString(16)}`)).ok).toBe(true);
    }
    expect((await limiter.consume('signUpPerIp', '2001:db8:1:2:ffff:ffff:ffff:ffff')).ok).toBe(false);
    expect((await limiter.consume('signUpPerIp', '2001:db8:1:3::1')).ok).toBe(true);
  });

  it('refuses an empty key and an unknown policy loudly (a caller bug, not a limit)', async () => {
    const limiter = createRateLimiter();
    await expect(limiter.consume('reply', '')).rejects.toThrow(/empty key/);
    await expect(limiter.consume('nope' as RateLimitPolicyName, 'x')).rejects.toThrow(/unknown policy/);
  });
});

describe('assertWithinLimit', () => {
  it('returns the points left, then throws a rate_limited AppError carrying retryAfterSeconds', async () => {
    const limiter = createRateLimiter();
    expect(await assertWithinLimit(limiter, 'report', '9')).toBe(19);
    await consumeTimes(limiter, 'report', '9', 19);
    const error = await assertWithinLimit(limiter, 'report', '9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'rate_limited', policy: 'report', fieldErrors: undefined });
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
  });
});
