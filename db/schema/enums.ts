import { pgEnum } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['member', 'expert', 'moderator', 'admin']);
export const userStatus = pgEnum('user_status', ['active', 'banned']);

export const threadKind = pgEnum('thread_kind', ['story', 'question']);

/**
 * Lifecycle of a thread or reply. Lists show only `published`; a `deleted`
 * post keeps its place (and its replies) but shows that it was withdrawn.
 * `pending` and `removed` are set by moderation (see the safety issue).
 */
export const postStatus = pgEnum('post_status', ['published', 'pending', 'removed', 'deleted']);

export const voteKind = pgEnum('vote_kind', ['helpful', 'me_too']);

/** Why a post waits for a moderator. */
export const pendingReason = pgEnum('pending_reason', ['scam_filter', 'reports']);
