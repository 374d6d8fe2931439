import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ForumSettings } from './settings';

// The only reader of process.env in the app. Every variable is documented in
// README.md and .env.example.

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL connection string. Unset: the embedded PGlite database. */
  DATABASE_URL: z.url().optional(),
  /** Folder of the embedded database (only without DATABASE_URL). */
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  /** Load demo content into an empty embedded database on start; default true outside production, refused in production. */
  DEMO_CONTENT: booleanString.optional(),
  /** Secret for session tokens; generated into .data/ in development when unset. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Trust the Host / X-Forwarded-Host header (needed behind a proxy and by `next start`). */
  AUTH_TRUST_HOST: booleanString.default(true),
  /** Distinct members' reports that hide a post until a moderator decides. */
  REPORT_HIDE_THRESHOLD: z.coerce.number().int().min(1).max(100).default(3),
  /** New-user sandbox: accounts younger than this (hours)… */
  NEW_USER_MIN_AGE_HOURS: z.coerce.number().int().min(0).max(24 * 365).default(72),
  /** …or with fewer published posts than this cannot post links and get lower limits. */
  NEW_USER_MIN_POSTS: z.coerce.number().int().min(0).max(1000).default(2),
  /** Redis for shared rate limits across app instances; unset: in-memory limits. */
  REDIS_URL: z.url().optional(),
  /**
   * How many reverse proxies of ours stand in front of the app: 0 trusts no
   * client-IP header; n takes the n-th X-Forwarded-For entry from the right.
   * Required in production (an explicit choice, never a default).
   */
  TRUST_PROXY: z
    .string()
    .regex(/^\d{1,2}$/, 'a number of proxies: 0 (none) or more')
    .transform(Number)
    .optional(),
  /** Multiplies per-IP rate limits; for test servers where every client is 127.0.0.1. */
  RATE_LIMIT_IP_SCALE: z.coerce.number().int().min(1).max(1000).default(1),
  /** SMTP server for notification mail (smtp://user:pass@host:587, smtps://…); unset: no mail is sent. */
  SMTP_URL: z.url().optional(),
  /** Sender of notification mail. */
  MAIL_FROM: z.string().min(3).default('上岸 Ashore <no-reply@ashore.local>'),
  /** How often (ms) the outbox worker looks for notification events queued by other processes. */
  NOTIFICATION_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(1_000),
  /** Seconds that /insights and stage-guide figures are served from memory (writes that change them clear it); 0: off. */
  INSIGHTS_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Public base URL of the site, for links in mail (no trailing slash needed); required in production. */
  APP_URL: z.url().optional(),
  /** Seconds a page every signed-out visitor sees is shared before it is read again; 0 turns the cache off. */
  GUEST_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  /** Memory bound of that cache (estimated from the HTML and text it holds). */
  GUEST_CACHE_MAX_MB: z.coerce.number().int().min(1).max(1024).default(32),
  /** Entry bound of that cache (thread pages and list pages). */
  GUEST_CACHE_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(500),
  /** SIGTERM: longest wait for in-flight requests and the mailer's batch before closing anyway (ms). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
  /** Connections in this process's PostgreSQL pool. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Seconds a whole public page's HTML is served to signed-out visitors from memory (writes clear it at once); 0 turns it off. */
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  /** Memory bound of that page cache (MiB of HTML). */
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(1024).default(32),
});

export type Env = Omit<z.infer<typeof envSchema>, 'TRUST_PROXY' | 'DEMO_CONTENT' | 'APP_URL'> & {
  AUTH_SECRET: string;
  TRUST_PROXY: number;
  DEMO_CONTENT: boolean;
  APP_URL: string;
};

/** The community rules the services take, from the environment. */
export function forumSettings(): ForumSettings {
  const config = env();
  return {
    reportHideThreshold: config.REPORT_HIDE_THRESHOLD,
    newUserMinAgeHours: config.NEW_USER_MIN_AGE_HOURS,
    newUserMinPublishedPosts: config.NEW_USER_MIN_POSTS,
  };
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  const value = parsed.data;
  const production = value.NODE_ENV === 'production';
  if (production) assertSafeForProduction(value);
  cached = {
    ...value,
    AUTH_SECRET: value.AUTH_SECRET ?? developmentSecret(value.NODE_ENV),
    TRUST_PROXY: value.TRUST_PROXY ?? 0,
    DEMO_CONTENT: value.DEMO_CONTENT ?? !production,
    APP_URL: value.APP_URL ?? 'http://localhost:3000',
  };
  return cached;
}

/**
 * A production server refuses to start with settings that are fine on a
 * laptop and dangerous in public: demo accounts whose password is in the
 * README, a missing session secret, links in mail pointing at localhost.
 */
export function assertSafeForProduction(value: { DEMO_CONTENT?: boolean; AUTH_SECRET?: string; APP_URL?: string; TRUST_PROXY?: number }): void {
  const problems: string[] = [];
  if (value.DEMO_CONTENT === true) {
    problems.push('DEMO_CONTENT=true: the demo accounts share a published password. Unset it (or set false) in production.');
  }
  if (!value.AUTH_SECRET) problems.push('AUTH_SECRET must be set (at least 32 characters; `openssl rand -base64 32`).');
  if (!value.APP_URL) problems.push('APP_URL must be set to the public address of the site (links in mail use it).');
  // Per-IP limits stand or fall with this choice, so production must make it.
  if (value.TRUST_PROXY === undefined) {
    problems.push('TRUST_PROXY must be set: 0 when clients connect directly, or the number of reverse proxies in front of the app.');
  }
  if (problems.length) throw new Error(`Refusing to start in production:\n  ${problems.join('\n  ')}`);
}

/**
 * A newcomer's `npm run dev` should work without configuration, so outside
 * production a random secret is generated once and kept in .data/.
 */
function developmentSecret(nodeEnv: string): string {
  if (nodeEnv === 'production') {
    throw new Error('AUTH_SECRET must be set in production (at least 32 characters; `openssl rand -base64 32`).');
  }
  const file = path.join(process.cwd(), '.data', 'dev-auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
