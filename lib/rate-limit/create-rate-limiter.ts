import { createHash, createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ipBucket } from './client-ip';
import { rateLimitPolicies, rateLimitPolicyNames, type RateLimitPolicy, type RateLimitPolicyName } from './policies';

/** A refusal is a value, not an exception: the caller decides how to answer. */
export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one action; refused once the key has used its points. */
  consume(policy: RateLimitPolicyName, key: string): Promise<RateLimitResult>;
  /**
   * Whether the next `consume` would be allowed, counting nothing. Sign-in
   * peeks at `signInPerAccount` before checking the password: a locked
   * account must be refused even when the guess is right, or the lock would
   * not stop guessing.
   */
  peek(policy: RateLimitPolicyName, key: string): Promise<RateLimitResult>;
  /** Gives one point back (never below zero used). */
  reward(policy: RateLimitPolicyName, key: string): Promise<void>;
  /** Forgets the key's count and block, e.g. failed sign-ins after a success. */
  reset(policy: RateLimitPolicyName, key: string): Promise<void>;
  /** The store key for this policy and key: a hash, never the key itself. */
  keyFor(policy: RateLimitPolicyName, key: string): string;
  /** Quits the Redis client it was given (the limiter owns that connection). */
  close(): Promise<void>;
}

export interface CreateRateLimiterOptions {
  /**
   * Counts live in Redis and are shared by every app instance; without it,
   * in this process's memory. The limiter owns this client: it listens to its
   * errors and `close()` quits it. `createRateLimitRedis` makes one with
   * settings that fail fast.
   */
  redis?: Redis | null;
  /** Namespace of every key; default `ashore:rl`. */
  prefix?: string;
  /**
   * Keys are sha256 hashes so the store holds no e-mail or address. With a
   * secret they are HMAC-SHA256, which also stops anyone reading Redis from
   * confirming a guessed e-mail or trying all 2^32 IPv4 addresses.
   */
  keySecret?: string;
  /** Where the one-line "fell back to memory" notices go; default console.warn. */
  log?: (message: string) => void;
  /**
   * Multiplies the points of the per-IP policies (default 1). For test
   * servers whose every client is 127.0.0.1; per-user and per-account
   * limits are never scaled.
   */
  ipPointsScale?: number;
}

/**
 * The rate limits of policies.ts as one object. With Redis, each policy
 * is a RateLimiterRedis whose insurance is a RateLimiterMemory: when Redis
 * is down or slow, counting goes on in memory (per instance, so the limits
 * are looser by the number of instances) and one line is logged, until
 * Redis is ready again. Requests never wait for a Redis that is down:
 * `rejectIfRedisNotReady` sends them to memory while the client reconnects
 * (one that accepts connections but hangs is cut off by the client's
 * `commandTimeout`, which `createRateLimitRedis` sets).
 */
export function createRateLimiter(options: CreateRateLimiterOptions = {}): RateLimiter {
  const redis = options.redis ?? null;
  const prefix = options.prefix ?? 'ashore:rl';
  const log = options.log ?? ((message: string) => console.warn(message));

  let fallingBack = false;
  let lastRedisError: string | undefined;
  const onFallback = () => {
    if (fallingBack) return;
    fallingBack = true;
    const reason = lastRedisError ?? `connection ${redis?.status ?? 'missing'}`;
    log(`[ashore] rate-limit: Redis unavailable (${reason}); counting in this process's memory until it is back`);
  };
  const onReady = () => {
    if (fallingBack) log('[ashore] rate-limit: Redis is back; limits are shared again');
    fallingBack = false;
    lastRedisError = undefined;
  };
  // Also keeps ioredis from printing every reconnect failure: the fallback
  // notice above is the one line an outage produces.
  const onError = (error: Error) => {
    lastRedisError = error.message;
  };
  if (redis) {
    redis.on('ready', onReady);
    redis.on('error', onError);
  }

  const limiters = new Map<RateLimitPolicyName, { main: RateLimiterAbstract; insurance: InsuranceLimiter | null }>();
  for (const name of rateLimitPolicyNames) {
    const policy: RateLimitPolicy = rateLimitPolicies[name];
    const scale = policy.keyedBy === 'ip' ? Math.max(1, options.ipPointsScale ?? 1) : 1;
    const base = { points: policy.points * scale, duration: policy.duration, blockDuration: policy.blockDuration, keyPrefix: `${prefix}:${name}` };
    if (!redis) {
      limiters.set(name, { main: new RateLimiterMemory(base), insurance: null });
      continue;
    }
    const insurance = new InsuranceLimiter(base, onFallback);
    const main = new RateLimiterRedis({
      ...base,
      storeClient: redis,
      // ioredis is the library's default client; `useRedisPackage` is only
      // for the `redis` package, so it is off (said here rather than left
      // to the library's sniffing of the client's class name).
      useRedisPackage: false,
      rejectIfRedisNotReady: true,
      insuranceLimiter: insurance,
    });
    limiters.set(name, { main, insurance });
  }

  const storeKey = (policy: RateLimitPolicyName, key: string): string => {
    if (!key) throw new Error(`rate-limit: empty key for ${policy}`);
    const keyedBy = rateLimitPolicies[policy].keyedBy;
    const normalized = keyedBy === 'email' ? key.trim().toLowerCase() : keyedBy === 'ip' ? ipBucket(key) : key;
    return options.keySecret
      ? createHmac('sha256', options.keySecret).update(normalized).digest('hex')
      : createHash('sha256').update(normalized).digest('hex');
  };
  const limiterFor = (policy: RateLimitPolicyName) => {
    const limiter = limiters.get(policy);
    if (!limiter) throw new Error(`rate-limit: unknown policy ${String(policy)}`);
    return limiter;
  };

  let closed = false;

  return {
    async consume(policy, key) {
      const { main } = limiterFor(policy);
      try {
        const res = await main.consume(storeKey(policy, key));
        return { ok: true, remaining: res.remainingPoints };
      } catch (rejection) {
        // A RateLimiterRes is the refusal; anything else is a bug (store
        // errors never get here: the insurance limiter answers them).
        if (rejection instanceof RateLimiterRes) return refused(rejection);
        throw rejection;
      }
    },

    async peek(policy, key) {
      const { points } = rateLimitPolicies[policy];
      const res = await limiterFor(policy).main.get(storeKey(policy, key));
      // Memory may still hold a record whose time is up: it counts as gone.
      if (!res || res.msBeforeNext <= 0) return { ok: true, remaining: points };
      if (res.consumedPoints >= points) return refused(res);
      return { ok: true, remaining: points - res.consumedPoints };
    },

    async reward(policy, key) {
      const { main } = limiterFor(policy);
      const hashed = storeKey(policy, key);
      // Rewarding an unused key would bank extra points for later.
      const current = await main.get(hashed);
      if (!current || current.consumedPoints <= 0 || current.msBeforeNext <= 0) return;
      await main.reward(hashed);
    },

    async reset(policy, key) {
      const { main, insurance } = limiterFor(policy);
      const hashed = storeKey(policy, key);
      await main.delete(hashed);
      // Counts made during an outage would otherwise return with the next one.
      insurance?.forget(hashed);
    },

    keyFor(policy, key) {
      return limiterFor(policy).main.getKey(storeKey(policy, key));
    },

    async close() {
      if (closed || !redis) return;
      closed = true;
      redis.off('ready', onReady);
      if (redis.status === 'ready') {
        await redis.quit().catch(() => redis.disconnect());
      } else {
        redis.disconnect();
      }
    },
  };
}

function refused(res: RateLimiterRes): RateLimitResult {
  // Retry-After is whole seconds; never 0, which would invite an instant retry.
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

type MemoryArgs<M extends keyof RateLimiterMemory> = RateLimiterMemory[M] extends (...args: infer A) => unknown ? A : never;

/**
 * The in-memory stand-in for one Redis policy. rate-limiter-flexible calls
 * it only when Redis failed, so any call here means "falling back".
 */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(...args: MemoryArgs<'consume'>) {
    this.onUse();
    return super.consume(...args);
  }
  override penalty(...args: MemoryArgs<'penalty'>) {
    this.onUse();
    return super.penalty(...args);
  }
  override reward(...args: MemoryArgs<'reward'>) {
    this.onUse();
    return super.reward(...args);
  }
  override get(...args: MemoryArgs<'get'>) {
    this.onUse();
    return super.get(...args);
  }
  override set(...args: MemoryArgs<'set'>) {
    this.onUse();
    return super.set(...args);
  }
  override block(...args: MemoryArgs<'block'>) {
    this.onUse();
    return super.block(...args);
  }
  override delete(...args: MemoryArgs<'delete'>) {
    this.onUse();
    return super.delete(...args);
  }

  /** Drops a key without counting as a fallback (reset clears both stores). */
  forget(key: string): void {
    void super.delete(key);
  }
}
