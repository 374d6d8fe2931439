import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimitRedis } from '@/lib/rate-limit/create-rate-limit-redis';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit/create-rate-limiter';
import { assertWithinLimit, RateLimitedError } from '@/lib/rate-limit/errors';

// Runs against a real Redis (CI has one). It needs no database, so it runs
// the same in both integration projects; each run has its own key prefix.
// No Redis is a failure, never a skip: these are the only tests of the
// shared store.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test:rl:${randomBytes(6).toString('hex')}`;

let admin: Redis;
const open: RateLimiter[] = [];

/** A limiter on its own connection, as a separate app instance would have. */
async function appInstance(log: (message: string) => void = () => {}): Promise<RateLimiter> {
  const redis = createRateLimitRedis(redisUrl);
  await whenReady(redis);
  const limiter = createRateLimiter({ redis, prefix, log });
  open.push(limiter);
  return limiter;
}

async function whenReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return;
  const { host } = new URL(redisUrl);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.disconnect();
      reject(new Error(`No Redis at ${host} (REDIS_URL or redis://127.0.0.1:6379). The rate-limit tests need a real Redis; start one (redis-server) or set REDIS_URL.`));
    }, 5_000);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

beforeAll(async () => {
  admin = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => null });
  admin.on('error', () => {});
  await whenReady(admin);
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((limiter) => limiter.close()));
});

afterAll(async () => {
  if (admin?.status === 'ready') {
    const keys = await admin.keys(`${prefix}:*`);
    if (keys.length) await admin.del(...keys);
    await admin.quit();
  }
});

describe('rate limits in Redis', () => {
  it('are shared by two app instances', async () => {
    const first = await appInstance();
    const second = await appInstance();
    const ip = '203.0.113.50';

    expect(await first.consume('signUpPerIp', ip)).toEqual({ ok: true, remaining: 4 });
    expect(await second.consume('signUpPerIp', ip)).toEqual({ ok: true, remaining: 3 });
    expect(await first.consume('signUpPerIp', ip)).toEqual({ ok: true, remaining: 2 });
    expect(await second.consume('signUpPerIp', ip)).toEqual({ ok: true, remaining: 1 });
    expect(await second.consume('signUpPerIp', ip)).toEqual({ ok: true, remaining: 0 });

    // The sixth sign-up is refused on either instance, with the hour's block.
    expect(await first.consume('signUpPerIp', ip)).toEqual({ ok: false, retryAfterSeconds: 3600 });
    const onSecond = await second.consume('signUpPerIp', ip);
    expect(onSecond.ok).toBe(false);
    expect(onSecond.ok ? 0 : onSecond.retryAfterSeconds).toBeGreaterThan(3590);
    expect(await admin.pttl(first.keyFor('signUpPerIp', ip))).toBeGreaterThan(3590_000);
  });

  it('give the refusal its retryAfterSeconds, as a rate_limited AppError', async () => {
    const limiter = await appInstance();
    for (let i = 0; i < 30; i++) await assertWithinLimit(limiter, 'search', 'user:5');
    const error = await assertWithinLimit(limiter, 'search', 'user:5').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'rate_limited', policy: 'search' });
    const retryAfter = (error as RateLimitedError).retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('lock an account on every instance, and a success on one unlocks it on all', async () => {
    const first = await appInstance();
    const second = await appInstance();
    const email = 'Li.Na@Example.com';
    for (let i = 0; i < 5; i++) await first.consume('signInPerAccount', email);
    for (let i = 0; i < 5; i++) await second.consume('signInPerAccount', email.toLowerCase());
    expect((await first.peek('signInPerAccount', email)).ok).toBe(false);
    expect((await second.peek('signInPerAccount', email)).ok).toBe(false);

    await second.reset('signInPerAccount', email);
    expect(await first.peek('signInPerAccount', email)).toEqual({ ok: true, remaining: 10 });
  });

  it('share rewards between instances', async () => {
    const first = await appInstance();
    const second = await appInstance();
    await first.consume('vote', '11');
    await first.consume('vote', '11');
    await second.reward('vote', '11');
    expect(await first.peek('vote', '11')).toEqual({ ok: true, remaining: 119 });
  });

  it('store no e-mail or address in Redis, only hashes under the prefix', async () => {
    const limiter = await appInstance();
    await limiter.consume('signInPerAccount', 'zhang.wei@example.com');
    await limiter.consume('signInPerIp', '198.51.100.23');
    const keys = await admin.keys(`${prefix}:*`);
    expect(keys).toEqual(expect.arrayContaining([limiter.keyFor('signInPerAccount', 'zhang.wei@example.com'), limiter.keyFor('signInPerIp', '198.51.100.23')]));
    for (const key of keys) {
      expect(key).toMatch(new RegExp(`^${prefix}:[A-Za-z]+:[0-9a-f]{64}$`));
      expect(key).not.toMatch(/zhang|example|@|198\.51/);
    }
  });
});

describe('when Redis is unreachable', () => {
  const unreachable = {
    'a plain client with short timeouts': () =>
      new Redis({ host: '127.0.0.1', port: 6390, connectTimeout: 200, maxRetriesPerRequest: 1, retryStrategy: () => 200 }),
    'the client from createRateLimitRedis': () => createRateLimitRedis('redis://127.0.0.1:6390'),
  };

  it.each(Object.keys(unreachable) as (keyof typeof unreachable)[])(
    'counts in memory, never throws, and logs once (%s)',
    async (kind) => {
      const logged: string[] = [];
      const limiter = createRateLimiter({ redis: unreachable[kind](), prefix, log: (m) => logged.push(m) });
      open.push(limiter);

      const results = [];
      for (let i = 0; i < 21; i++) results.push(await limiter.consume('signInPerIp', '192.0.2.1'));
      expect(results.slice(0, 20).every((r) => r.ok)).toBe(true);
      expect(results[20]).toEqual({ ok: false, retryAfterSeconds: 15 * 60 });

      await expect(limiter.peek('signInPerIp', '192.0.2.1')).resolves.toMatchObject({ ok: false });
      await expect(limiter.reward('vote', '1')).resolves.toBeUndefined();
      await expect(limiter.reset('signInPerIp', '192.0.2.1')).resolves.toBeUndefined();
      expect(await limiter.consume('signInPerIp', '192.0.2.1')).toEqual({ ok: true, remaining: 19 });

      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/Redis unavailable .*memory/);
    },
    10_000,
  );

  it('goes back to Redis, and says so, once the connection is ready', async () => {
    const logged: string[] = [];
    const redis = new Redis(redisUrl, { lazyConnect: true });
    const limiter = createRateLimiter({ redis, prefix, log: (m) => logged.push(m) });
    open.push(limiter);

    await limiter.consume('report', '77');
    expect(await admin.exists(limiter.keyFor('report', '77'))).toBe(0);

    await redis.connect();
    await limiter.consume('report', '77');
    expect(await admin.get(limiter.keyFor('report', '77'))).toBe('1');
    expect(logged).toEqual([expect.stringMatching(/Redis unavailable/), expect.stringMatching(/Redis is back/)]);
  });
});
