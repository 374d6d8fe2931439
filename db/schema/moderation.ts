import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { expertApplications } from './experts';
import { replies, threads } from './threads';

export const reportReason = pgEnum('report_reason', ['spam', 'harassment', 'personal_data', 'scam_agent', 'other']);
export const reportResolution = pgEnum('report_resolution', ['upheld', 'dismissed']);

export const moderationAction = pgEnum('moderation_action', [
  'approve',
  'remove',
  'restore',
  'lock',
  'unlock',
  'redact',
  'ban',
  'unban',
  'dismiss_reports',
  'reveal_author',
  'approve_expert',
  'reject_expert',
  'revoke_expert',
]);

/** A member's report of a thread or reply. One open report per member per post. */
export const reports = pgTable(
  'reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    /** Null when the thread itself is reported. */
    replyId: integer('reply_id').references(() => replies.id),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => users.id),
    reason: reportReason('reason').notNull(),
    note: text('note').notNull().default(''),
    /**
     * False when the reporter was in the new-user sandbox at the time: the
     * report reaches moderators but does not count toward hiding the post
     * (three fresh accounts must not be able to hide anyone's story).
     */
    countsTowardHiding: boolean('counts_toward_hiding').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: integer('resolved_by_id').references(() => users.id),
    resolution: reportResolution('resolution'),
  },
  (t) => [
    uniqueIndex('reports_reporter_target_idx').on(t.reporterId, t.threadId, sql`coalesce(${t.replyId}, 0)`),
    index('reports_open_created_idx').on(t.createdAt).where(sql`${t.resolvedAt} is null`),
    index('reports_thread_reply_idx').on(t.threadId, t.replyId),
  ],
);

/**
 * Every moderator and admin act, written in the same transaction as the act
 * itself: who, what, why, when. Never updated or deleted.
 */
export const moderationLog = pgTable(
  'moderation_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => users.id),
    action: moderationAction('action').notNull(),
    threadId: integer('thread_id').references(() => threads.id),
    replyId: integer('reply_id').references(() => replies.id),
    /** The user acted on (a ban, or the author of the post). */
    targetUserId: integer('target_user_id').references(() => users.id),
    /** The expert application decided or revoked. */
    applicationId: integer('application_id').references(() => expertApplications.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('moderation_log_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('moderation_log_target_user_idx').on(t.targetUserId),
  ],
);
