import type { Role } from '../auth/viewer';

/** How a post's author is shown. An anonymous author is only a per-thread label. */
export type AuthorView =
  | { kind: 'member'; handle: string; displayName: string; role: Role }
  | { kind: 'anonymous'; label: string }
  /** The author deleted their account and kept their posts: 已注销用户, no profile. */
  | { kind: 'deleted' };

export type PostStatus = 'published' | 'pending' | 'removed' | 'deleted';

export interface StorySummary {
  id: number;
  title: string;
  excerpt: string;
  author: AuthorView;
  createdAt: Date;
  bumpedAt: Date;
  stageIds: number[];
  outcomeId: number | null;
  lenderId: number | null;
  lenderOther: string | null;
  amountBandId: number | null;
  monthsOverdue: number | null;
  isSettled: boolean;
  replyCount: number;
  helpfulCount: number;
  meTooCount: number;
  /** Questions: solved. */
  hasAcceptedAnswer: boolean;
  expertAnswerCount: number;
}

export interface TimelineEntryView {
  occurredOn: string;
  datePrecision: 'day' | 'month';
  stageId: number | null;
  note: string;
}

export interface VoteFlags {
  helpful: boolean;
  meToo: boolean;
}

export interface ThreadView extends Omit<StorySummary, 'excerpt'> {
  kind: 'story' | 'question';
  status: PostStatus;
  /** Shown to the author and staff when a moderator removed the post. */
  removalReason: string | null;
  /** Why a pending post waits (author and staff only). */
  pendingReason: 'scam_filter' | 'reports' | null;
  locked: boolean;
  /** Sanitized HTML; null when the author deleted the post. */
  bodyHtml: string | null;
  editedAt: Date | null;
  revisionCount: number;
  timeline: TimelineEntryView[];
  canEdit: boolean;
  canDelete: boolean;
  /** Author or staff: earlier versions are shown to nobody else. */
  canViewHistory: boolean;
  canReply: boolean;
  canVote: boolean;
  canReport: boolean;
  voted: VoteFlags;
}

export interface ReplyView {
  id: number;
  parentId: number | null;
  depth: number;
  author: AuthorView;
  /** Same author as the thread, under the same kind of name (so never unmasks anyone). */
  isOriginalPoster: boolean;
  status: PostStatus;
  removalReason: string | null;
  /** The badge the answer was written under, if any; `current` is false once it expired or was revoked. */
  expertBadge: ExpertBadge | null;
  isAccepted: boolean;
  canAccept: boolean;
  /** Sanitized HTML; null when deleted, or removed and the viewer is not staff. */
  bodyHtml: string | null;
  createdAt: Date;
  editedAt: Date | null;
  revisionCount: number;
  helpfulCount: number;
  meTooCount: number;
  canEdit: boolean;
  canDelete: boolean;
  /** Author or staff: earlier versions are shown to nobody else. */
  canViewHistory: boolean;
  canReply: boolean;
  canVote: boolean;
  canReport: boolean;
  voted: VoteFlags;
  /** Path to this reply that lands on a page where it is shown. */
  permalink: string;
  children: ReplyView[];
  /** Number of replies below this one loaded on this page. */
  descendantCount: number;
  /** The page cap cut this conversation: the rest is on its sub-thread page. */
  moreInConversation: boolean;
}

export interface ThreadPage {
  thread: ThreadView;
  replies: ReplyView[];
  /** When the page shows one sub-thread: its root and the root's parent id. */
  focus: { rootId: number; parentId: number | null } | null;
  /** Cursor of the next page of top-level replies; null on the last page. */
  nextCursor: string | null;
  /** The first page of top-level replies (not a later page, not a sub-thread). */
  isFirstPage: boolean;
  /** The permalinked reply this page was opened for. */
  markedReplyId: number | null;
}

export interface ExpertBadge {
  profession: 'lawyer' | 'debt_counsellor' | 'former_collector' | 'psych_counsellor' | 'other';
  professionOther: string;
  scopeStageIds: number[];
  /** The declared commercial interest, shown beside the badge; null when none was declared. */
  interest: string | null;
  current: boolean;
}
