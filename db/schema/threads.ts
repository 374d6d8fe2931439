import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { expertApplications } from './experts';
import { pendingReason, postStatus, threadKind, voteKind } from './enums';
import { amountBands, lenders, outcomes, stages } from './taxonomy';

/**
 * A post's body cooked on write (lib/markdown/cook.ts): sanitized HTML for
 * zh-CN, and for English only when it differs (image-link and footnote
 * labels). renderVersion is the renderer that produced it; rows older than
 * RENDERER_VERSION, or never cooked (null), are re-cooked in the background
 * at start-up (lib/markdown/recook-posts.ts).
 */
function cookedColumns() {
  return {
    bodyHtml: text('body_html'),
    bodyHtmlEn: text('body_html_en'),
    renderVersion: smallint('render_version'),
  };
}

export const threads = pgTable(
  'threads',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: threadKind('kind').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    /** Per-thread pseudonym shown instead of the author; null when not anonymous. */
    anonymousLabel: text('anonymous_label'),
    title: text('title').notNull(),
    /** Markdown source, already masked; cooked into bodyHtml on write. */
    body: text('body').notNull(),
    ...cookedColumns(),
    status: postStatus('status').notNull().default('published'),
    outcomeId: smallint('outcome_id').references(() => outcomes.id),
    lenderId: smallint('lender_id').references(() => lenders.id),
    /** The lender's name when lenderId is the "other" lender. */
    lenderOther: text('lender_other'),
    amountBandId: smallint('amount_band_id').references(() => amountBands.id),
    monthsOverdue: smallint('months_overdue'),
    /** Denormalized: the story reached the 结清上岸 stage. Drives the settled feed. */
    isSettled: boolean('is_settled').notNull().default(false),
    replyCount: integer('reply_count').notNull().default(0),
    helpfulCount: integer('helpful_count').notNull().default(0),
    meTooCount: integer('me_too_count').notNull().default(0),
    /** Number of stored revisions, the first included. */
    revisionCount: integer('revision_count').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** Last activity (creation or a new reply): the "recently active" sort. */
    bumpedAt: timestamp('bumped_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** Why a pending thread waits for review: the scam filter or members' reports. */
    pendingReason: pendingReason('pending_reason'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedById: integer('removed_by_id').references((): AnyPgColumn => users.id),
    /** Shown to the author; moderators write it for them. */
    removalReason: text('removal_reason'),
    /** A locked thread takes no new replies. */
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedById: integer('locked_by_id').references((): AnyPgColumn => users.id),
    /** Questions: the answer the asker accepted. */
    acceptedReplyId: integer('accepted_reply_id').references((): AnyPgColumn => replies.id),
    /** Questions: published top-level expert answers, for the "answered" state. */
    expertAnswerCount: integer('expert_answer_count').notNull().default(0),
    /** Segmented title and body for full-text search (lib/search). */
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    index('threads_kind_status_created_idx').on(t.kind, t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('threads_kind_status_bumped_idx').on(t.kind, t.status, t.bumpedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('threads_kind_status_helpful_idx').on(t.kind, t.status, t.helpfulCount.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('threads_settled_created_idx')
      .on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.isSettled} and ${t.status} = 'published'`),
    index('threads_outcome_created_idx').on(t.outcomeId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('threads_lender_created_idx').on(t.lenderId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('threads_author_created_idx').on(t.authorId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export const threadStages = pgTable(
  'thread_stages',
  {
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    stageId: smallint('stage_id')
      .notNull()
      .references(() => stages.id),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.stageId] }),
    index('thread_stages_stage_thread_idx').on(t.stageId, t.threadId),
  ],
);

export const timelineEntries = pgTable(
  'timeline_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    position: smallint('position').notNull(),
    /** First day of the month when only the month is known (see datePrecision). */
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** 'day' or 'month': how much of occurredOn the author gave. */
    datePrecision: text('date_precision', { enum: ['day', 'month'] }).notNull(),
    stageId: smallint('stage_id').references(() => stages.id),
    note: text('note').notNull(),
  },
  (t) => [index('timeline_entries_thread_position_idx').on(t.threadId, t.position)],
);

export const threadRevisions = pgTable(
  'thread_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    editorId: integer('editor_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('thread_revisions_thread_revision_idx').on(t.threadId, t.revision)],
);

export const replies = pgTable(
  'replies',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    parentId: integer('parent_id').references((): AnyPgColumn => replies.id),
    /** 0 for a reply to the thread, parent's depth + 1 otherwise. */
    depth: integer('depth').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    anonymousLabel: text('anonymous_label'),
    /**
     * The top-level reply this one descends from; null for a top-level reply.
     * A thread page loads one page of top-level replies, then only their
     * descendants through this column.
     */
    rootId: integer('root_id').references((): AnyPgColumn => replies.id),
    body: text('body').notNull(),
    ...cookedColumns(),
    status: postStatus('status').notNull().default('published'),
    helpfulCount: integer('helpful_count').notNull().default(0),
    meTooCount: integer('me_too_count').notNull().default(0),
    revisionCount: integer('revision_count').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    pendingReason: pendingReason('pending_reason'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedById: integer('removed_by_id').references((): AnyPgColumn => users.id),
    removalReason: text('removal_reason'),
    /**
     * Set by the server when a current expert writes a top-level answer to a
     * question: the credential in force then. Nothing the client sends sets it.
     */
    expertCredentialId: integer('expert_credential_id').references((): AnyPgColumn => expertApplications.id),
    /** Segmented body for full-text search. */
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    index('replies_thread_id_idx').on(t.threadId, t.id),
    // Top-level replies in page order: experts' answers first (questions), then oldest first.
    index('replies_thread_top_level_idx')
      .on(t.threadId, sql`(${t.expertCredentialId} is null)`, t.id)
      .where(sql`${t.parentId} is null`),
    index('replies_root_id_idx').on(t.rootId, t.id),
    index('replies_author_created_idx').on(t.authorId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export const replyRevisions = pgTable(
  'reply_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    replyId: integer('reply_id')
      .notNull()
      .references(() => replies.id),
    revision: integer('revision').notNull(),
    body: text('body').notNull(),
    editorId: integer('editor_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reply_revisions_reply_revision_idx').on(t.replyId, t.revision)],
);

/**
 * One pseudonym per (thread, author): an anonymous author is followable inside
 * a thread and unlinkable across threads. Never joined into a read query.
 */
export const threadPseudonyms = pgTable(
  'thread_pseudonyms',
  {
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    label: text('label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    uniqueIndex('thread_pseudonyms_thread_label_idx').on(t.threadId, t.label),
  ],
);

export const threadVotes = pgTable(
  'thread_votes',
  {
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: voteKind('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId, t.kind] })],
);

export const replyVotes = pgTable(
  'reply_votes',
  {
    replyId: integer('reply_id')
      .notNull()
      .references(() => replies.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: voteKind('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.replyId, t.userId, t.kind] }),
    index('reply_votes_user_reply_idx').on(t.userId, t.replyId),
  ],
);
