import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRole, userStatus } from './enums';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Stored lower-cased; never leaves the server except to its owner. */
    email: text('email').notNull(),
    /** Public, URL-safe, stored lower-cased: /u/[handle]. */
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id PHC string. Selected only by the sign-in query. */
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
  },
  (t) => [
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
    uniqueIndex('users_handle_idx').on(sql`lower(${t.handle})`),
  ],
);
