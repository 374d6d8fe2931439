import { notificationType } from '@/db/schema';

export type NotificationType = (typeof notificationType.enumValues)[number];

export const notificationTypes: readonly NotificationType[] = notificationType.enumValues;

/**
 * Types caused by a new reply in a thread. Unread ones for the same (user,
 * thread) collapse into one row; when several apply to one recipient the first
 * in this list wins (an expert's answer to your question says more than "a
 * reply in a thread you follow").
 */
export const replyTypesByPriority = ['expert_answer', 'reply_to_reply', 'reply_to_thread', 'mention', 'followed_thread'] as const;

export type ReplyNotificationType = (typeof replyTypesByPriority)[number];

/** What moderators can do to a member's content that the member is told about. */
export const moderationActions = ['remove', 'restore', 'approve', 'redact', 'lock'] as const;
export type ModerationAction = (typeof moderationActions)[number];

/** The collapse key of reply notifications: one unread row per (user, thread). */
export const threadCollapseKey = (threadId: number) => `thread:${threadId}`;
