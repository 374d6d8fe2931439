import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter';
import { postingPolicy, rateLimitPolicies, rateLimitPolicyNames, userOrIpKey } from '@/lib/rate-limit/policies';

describe('store keys', () => {
  const limiter = createRateLimiter({ prefix: 'test:rl' });

  it('are the prefix, the policy and a sha256, with nothing of the e-mail in them', () => {
    const key = limiter.keyFor('signInPerAccount', 'Wang.Xiaoming@Example.com');
    expect(key).toMatch(/^test:rl:signInPerAccount:[0-9a-f]{64}$/);
    for (const part of ['wang', 'xiaoming', 'example', '@']) expect(key.toLowerCase()).not.toContain(part);
  });

  it('hash the lower-cased, trimmed e-mail, so one account is one key', () => {
    expect(limiter.keyFor('signInPerAccount', '  Wang.Xiaoming@Example.COM ')).toBe(limiter.keyFor('signInPerAccount', 'wang.xiaoming@example.com'));
  });

  it('hold no address either', () => {
    expect(limiter.keyFor('signUpPerIp', '203.0.113.77')).not.toContain('203.0.113');
  });

  it('differ per policy for the same key', () => {
    const keys = rateLimitPolicyNames.map((policy) => limiter.keyFor(policy, '42'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are keyed HMACs with a secret, so a guessed e-mail cannot be confirmed without it', () => {
    const withSecret = createRateLimiter({ prefix: 'test:rl', keySecret: 'a-secret-of-at-least-32-characters!!' });
    const plain = limiter.keyFor('signInPerAccount', 'a@example.com');
    const keyed = withSecret.keyFor('signInPerAccount', 'a@example.com');
    expect(keyed).toMatch(/^test:rl:signInPerAccount:[0-9a-f]{64}$/);
    expect(keyed).not.toBe(plain);
  });
});

describe('policies', () => {
  it('each have positive points and duration, and a block that is not negative', () => {
    for (const policy of Object.values(rateLimitPolicies)) {
      expect(policy.points).toBeGreaterThan(0);
      expect(policy.duration).toBeGreaterThan(0);
      expect(policy.blockDuration).toBeGreaterThanOrEqual(0);
    }
  });

  it('are stricter for new users, over the same window', () => {
    for (const base of ['postStory', 'reply'] as const) {
      const sandboxed = rateLimitPolicies[postingPolicy(base, true)];
      expect(postingPolicy(base, false)).toBe(base);
      expect(sandboxed.points).toBeLessThan(rateLimitPolicies[base].points);
      expect(sandboxed.duration).toBe(rateLimitPolicies[base].duration);
    }
  });

  it('key search by member when signed in, else by address', () => {
    expect(userOrIpKey(42, '203.0.113.1')).toBe('user:42');
    expect(userOrIpKey(null, '203.0.113.1')).toBe('ip:203.0.113.1');
    expect(userOrIpKey(undefined, '2001:db8:aa:bb:1:2:3:4')).toBe('ip:2001:db8:aa:bb::/64');
  });
});
