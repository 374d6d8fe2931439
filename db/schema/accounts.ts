import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRole, userStatus } from './enums';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /**
     * Stored lower-cased; never leaves the server except to its owner.
     * Optional. An address given at sign-up or in settings waits in
     * account_tokens until its link is opened; only then is it written here
     * with emailVerifiedAt (rows from before verification existed may hold an
     * unverified address with emailVerifiedAt null: it gets no mail and
     * cannot sign in).
     */
    email: text('email'),
    /** When the owner proved they read this address. Mail goes only to verified addresses. */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** Public, URL-safe, stored lower-cased: /u/[handle]. */
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id PHC string. Selected only by the sign-in query. '' once the account is deleted. */
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull().default('member'),
    status: userStatus('status').notNull().default('active'),
    /** A temporary ban ends at this time; null with status 'banned' is permanent. */
    bannedUntil: timestamp('banned_until', { withTimezone: true }),
    /**
     * Copied into the session token at sign-in. Bumping it (sign out
     * everywhere, password change) invalidates every existing session, since
     * JWT sessions cannot be revoked otherwise.
     */
    sessionVersion: integer('session_version').notNull().default(1),
    bio: text('bio').notNull().default(''),
    /** Daily digest of unread notifications by e-mail (when SMTP is configured). */
    emailDigest: boolean('email_digest').notNull().default(true),
    /** When the last digest covered notifications up to. */
    digestSentAt: timestamp('digest_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The member deleted their account: the row stays (posts kept detached
     * point at it) but holds nothing personal; posts show 已注销用户.
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
    uniqueIndex('users_handle_idx').on(sql`lower(${t.handle})`),
  ],
);

/**
 * Single-use recovery codes: reset the password without e-mail. Only argon2id
 * hashes are stored; the codes are shown once, when issued.
 */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

export const accountTokenPurpose = pgEnum('account_token_purpose', ['verify_email', 'reset_password']);

/**
 * Links sent by mail: verify an address, reset a password. Only the SHA-256
 * of the 256-bit random token is stored; a token works once, before expiresAt.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: accountTokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** verify_email: the address being verified (lower-cased). */
    email: text('email'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('account_tokens_token_hash_idx').on(t.tokenHash), index('account_tokens_user_idx').on(t.userId)],
);
