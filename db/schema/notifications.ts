import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { stages } from './taxonomy';
import { replies, threads } from './threads';

export const notificationType = pgEnum('notification_type', [
  'reply_to_thread',
  'reply_to_reply',
  'expert_answer',
  'answer_accepted',
  'mention',
  'application_decided',
  'invitation',
  'moderation',
  'followed_thread',
  'followed_stage',
]);

/**
 * In-app notifications. Text fields hold only masked text and display labels
 * (a display name, or an anonymous author's per-thread label), never ids of
 * anonymous authors. Unread notifications with the same collapseKey (several
 * replies to one thread) are one row whose count grows.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    type: notificationType('type').notNull(),
    threadId: integer('thread_id').references(() => threads.id),
    replyId: integer('reply_id').references(() => replies.id),
    /** Who did it, as shown: a display name or 匿名用户 · label. */
    actorLabel: text('actor_label').notNull().default(''),
    /** A short masked excerpt or title. */
    excerpt: text('excerpt').notNull().default(''),
    count: integer('count').notNull().default(1),
    collapseKey: text('collapse_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_updated_idx').on(t.userId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('notifications_user_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex('notifications_unread_collapse_idx').on(t.userId, t.collapseKey).where(sql`${t.readAt} is null and ${t.collapseKey} is not null`),
  ],
);

export const threadFollows = pgTable(
  'thread_follows',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] }), index('thread_follows_thread_idx').on(t.threadId)],
);

export const stageFollows = pgTable(
  'stage_follows',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    stageId: smallint('stage_id')
      .notNull()
      .references(() => stages.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.stageId] }), index('stage_follows_stage_idx').on(t.stageId)],
);

export const bookmarks = pgTable(
  'bookmarks',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] }), index('bookmarks_user_created_idx').on(t.userId, t.createdAt.desc().nullsFirst())],
);

/** Per-type choices; a missing row means the type's default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    type: notificationType('type').notNull(),
    inApp: boolean('in_app').notNull().default(true),
    /** Send a mail at once instead of only in the daily digest. */
    emailImmediately: boolean('email_immediately').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type] })],
);

/** `account`: verification and password links, notices about one's account (no unsubscribe). */
export const emailKind = pgEnum('email_kind', ['immediate', 'digest', 'account']);
export const emailStatus = pgEnum('email_status', ['pending', 'sent', 'failed']);

/**
 * Mail to send, written in the same transaction as what caused it and sent
 * afterwards by the mailer: a crash or a down SMTP server delays a mail,
 * never loses or duplicates it (dedupeKey).
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: emailKind('kind').notNull(),
    /**
     * The address for `account` mail that must reach an address not (yet)
     * verified on the user row: a verification link. Null: the user's
     * verified address.
     */
    toAddress: text('to_address'),
    dedupeKey: text('dedupe_key').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    status: emailStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_outbox_dedupe_idx').on(t.dedupeKey),
    index('email_outbox_pending_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);

export const notificationEventType = pgEnum('notification_event_type', ['reply_published', 'thread_published']);
export const notificationEventStatus = pgEnum('notification_event_status', ['pending', 'done', 'failed']);

/**
 * Something that tells many people: a published reply (its thread's author,
 * the parent's author, the @mentioned and the thread's followers) or a
 * published thread (its stages' followers). The writer's transaction inserts
 * one row; the outbox worker fans it out afterwards in short transactions
 * (lib/notifications/fan-out.ts). Only ids: who is told and what they read
 * come from the stored, masked rows when the event is fanned out.
 */
export const notificationEvents = pgTable(
  'notification_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    type: notificationEventType('type').notNull(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    replyId: integer('reply_id').references(() => replies.id),
    /** When it happened (the writer's clock): the notifications' time. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    status: notificationEventStatus('status').notNull().default('pending'),
    /**
     * Progress marker: recipients are told in ascending user id, and each
     * chunk's notifications commit with this column, so a worker that dies
     * mid-fan-out resumes after the last recipient told and tells no one twice.
     */
    deliveredThroughUserId: integer('delivered_through_user_id').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [index('notification_events_pending_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`)],
);
