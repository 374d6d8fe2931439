import type { NotificationType } from './types';

/** One notification as its owner sees it. */
export interface NotificationView {
  id: number;
  type: NotificationType;
  threadId: number | null;
  replyId: number | null;
  /**
   * A display name or 匿名用户 · label; for moderation and application
   * notices the outcome code (remove, approved …), see emit.ts.
   */
  actorLabel: string;
  /** Masked text; empty when the quoted reply is no longer public. */
  excerpt: string;
  /** The thread's title while the owner may still open the thread. */
  title: string | null;
  /** How many events this row stands for (collapsed replies). */
  count: number;
  read: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface FollowState {
  followingThread: boolean;
  bookmarked: boolean;
}
