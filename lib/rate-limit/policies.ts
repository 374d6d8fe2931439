import { ipBucket } from './client-ip';

/**
 * The closed set of rate limits. Each is "at most `points` actions per
 * `duration` seconds per key"; the window starts at the key's first action
 * (rate-limiter-flexible's fixed window). `blockDuration` > 0 means: once a
 * key goes over, refuse it for that many seconds from that moment, even if
 * its window ends sooner. Numbers are per key, so a household or a mobile
 * carrier's shared address (CGNAT is common in China) shares an IP budget:
 * the per-IP limits are set with that in mind.
 */
export interface RateLimitPolicy {
  points: number;
  /** Seconds. */
  duration: number;
  /** Seconds; 0 = refused only until the window ends. */
  blockDuration: number;
  /**
   * What the key is, so callers pass the right thing. `email` keys are
   * trimmed and lower-cased by the limiter before hashing.
   */
  keyedBy: 'ip' | 'email' | 'user' | 'user-or-ip';
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const rateLimitPolicies = {
  // Nobody honest makes more than one or two accounts, but a dormitory or a
  // carrier NAT puts many people behind one address: 5 an hour leaves room
  // for them and stops a script from farming accounts for the sandbox. The
  // hour-long block makes a script wait a full hour after going over.
  signUpPerIp: { points: 5, duration: HOUR, blockDuration: HOUR, keyedBy: 'ip' },

  // Every sign-in attempt from one address, whatever the account: slows
  // credential stuffing (one address, many e-mails). 20 per 15 minutes is
  // far above a person mistyping, and a block of 15 minutes after going
  // over keeps a script from resuming at once.
  signInPerIp: { points: 20, duration: 15 * MINUTE, blockDuration: 15 * MINUTE, keyedBy: 'ip' },

  // FAILED sign-ins for one account (lower-cased handle or e-mail), from any address:
  // stops guessing one person's password from many addresses. Consume only
  // on failure, `peek` before checking the password, `reset` on success.
  // Anyone who knows an e-mail can lock that account, so the lock is just
  // the rest of the window (no extra block): at most 15 minutes at a time.
  signInPerAccount: { points: 10, duration: 15 * MINUTE, blockDuration: 0, keyedBy: 'email' },

  // Password resets (a mailed link or a recovery code) and verification
  // links opened, from one address: a person needs a few; 10 an hour with an
  // hour's block makes guessing handles and codes, or mail-bombing an
  // address, pointless.
  accountRecoveryPerIp: { points: 10, duration: HOUR, blockDuration: HOUR, keyedBy: 'ip' },
  // …and per account (lower-cased handle or e-mail), from any address: at
  // most 5 reset mails or code attempts an hour for one person.
  accountRecoveryPerAccount: { points: 5, duration: HOUR, blockDuration: 0, keyedBy: 'email' },
  // Signed-in account changes that check the current password or send mail
  // (password, e-mail, new recovery codes, deletion): 10 an hour per member
  // stops guessing the password from a stolen session.
  accountChange: { points: 10, duration: HOUR, blockDuration: 0, keyedBy: 'user' },

  // A story is a long account of one's own debt; most members post one or
  // two ever. 10 a day is never reached by honest use and caps a flood.
  postStory: { points: 10, duration: DAY, blockDuration: 0, keyedBy: 'user' },
  // New accounts (the sandbox, see lib/settings.ts) are where spam comes
  // from: 2 stories a day is enough to tell one's story and ask a question.
  postStoryNewUser: { points: 2, duration: DAY, blockDuration: 0, keyedBy: 'user' },

  // One reply a minute on average, with bursts, covers a lively thread.
  reply: { points: 60, duration: HOUR, blockDuration: 0, keyedBy: 'user' },
  // A newcomer replying to 15 threads in an hour is already unusual.
  replyNewUser: { points: 15, duration: HOUR, blockDuration: 0, keyedBy: 'user' },

  // Votes are one click each, and un-voting counts too: 120 an hour lets a
  // reader vote through long threads, but not script vote manipulation.
  vote: { points: 120, duration: HOUR, blockDuration: 0, keyedBy: 'user' },

  // Each report lands in a moderator's queue (and enough of them hide a
  // post): 20 a day is more than any honest reader files, and caps
  // report-bombing by one account.
  report: { points: 20, duration: DAY, blockDuration: 0, keyedBy: 'user' },

  // Full-text search is the most expensive read: 30 a minute is a query
  // every two seconds, plenty for refining, too slow for a scraper.
  search: { points: 30, duration: MINUTE, blockDuration: 0, keyedBy: 'user-or-ip' },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof rateLimitPolicies;

export const rateLimitPolicyNames = Object.keys(rateLimitPolicies) as RateLimitPolicyName[];

/** The sandbox variant of a posting limit for accounts still in the new-user sandbox. */
export function postingPolicy(action: 'postStory' | 'reply', isNewUser: boolean): RateLimitPolicyName {
  if (!isNewUser) return action;
  return action === 'postStory' ? 'postStoryNewUser' : 'replyNewUser';
}

/**
 * The key for a `user-or-ip` policy (search): the member when signed in, so
 * people behind one address do not share a budget, else the address. The
 * prefixes keep user 42 and an address "42" apart.
 */
export function userOrIpKey(userId: number | string | null | undefined, ip: string): string {
  return userId == null ? `ip:${ipBucket(ip)}` : `user:${userId}`;
}
