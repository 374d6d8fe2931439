import { aliasedTable, and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { moderationLog, replies, reports, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { decodeCursor, encodeCursor, type Page } from '../pagination/cursor';
import { authorColumns, toAuthorView } from '../threads/author';
import type { AuthorView } from '../threads/dto';
import { excerptOf } from '../threads/excerpt';
import { canModerate } from './policy';

export interface QueueItem {
  target: 'thread' | 'reply';
  id: number;
  threadId: number;
  threadTitle: string;
  excerpt: string;
  status: 'published' | 'pending' | 'removed' | 'deleted';
  pendingReason: 'scam_filter' | 'reports' | null;
  /** Anonymous posts stay anonymous in the queue: only an admin may reveal them. */
  author: AuthorView;
  /** Set for named authors, so a moderator can ban them. */
  authorId: number | null;
  openReports: number;
  reasons: string[];
  notes: string[];
  createdAt: Date;
}

/**
 * What needs a moderator: pending posts (scam filter, reports threshold) and
 * posts with open reports, oldest first. Staff only; others get not_found.
 */
export async function listModerationQueue(db: Database, viewer: Viewer, limit = 100): Promise<QueueItem[]> {
  if (!canModerate(viewer)) throw new AppError('not_found');
  const openReports = db
    .select({
      threadId: reports.threadId,
      replyId: sql<number>`coalesce(${reports.replyId}, 0)`.as('reply_key'),
      n: sql<number>`count(*)::int`.as('n'),
      reasons: sql<string[]>`array_agg(distinct ${reports.reason}::text)`.as('reasons'),
      notes: sql<string[]>`array_remove(array_agg(nullif(${reports.note}, '')), null)`.as('notes'),
    })
    .from(reports)
    .where(isNull(reports.resolvedAt))
    .groupBy(reports.threadId, sql`coalesce(${reports.replyId}, 0)`)
    .as('open_reports');

  const threadRows = await db
    .select({
      id: threads.id,
      title: threads.title,
      body: threads.body,
      status: threads.status,
      pendingReason: threads.pendingReason,
      createdAt: threads.createdAt,
      authorId: sql<number | null>`case when ${threads.anonymousLabel} is null then ${threads.authorId} end`,
      openReports: sql<number>`coalesce(${openReports.n}, 0)`,
      reasons: openReports.reasons,
      notes: openReports.notes,
      ...authorColumns(threads.anonymousLabel),
    })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .leftJoin(openReports, and(eq(openReports.threadId, threads.id), eq(openReports.replyId, 0)))
    .where(or(eq(threads.status, 'pending'), sql`${openReports.n} > 0`))
    .orderBy(threads.createdAt)
    .limit(limit);

  const replyThread = aliasedTable(threads, 'reply_thread');
  const replyRows = await db
    .select({
      id: replies.id,
      threadId: replies.threadId,
      threadTitle: replyThread.title,
      body: replies.body,
      status: replies.status,
      pendingReason: replies.pendingReason,
      createdAt: replies.createdAt,
      authorId: sql<number | null>`case when ${replies.anonymousLabel} is null then ${replies.authorId} end`,
      openReports: sql<number>`coalesce(${openReports.n}, 0)`,
      reasons: openReports.reasons,
      notes: openReports.notes,
      ...authorColumns(replies.anonymousLabel),
    })
    .from(replies)
    .innerJoin(users, eq(users.id, replies.authorId))
    .innerJoin(replyThread, eq(replyThread.id, replies.threadId))
    .leftJoin(openReports, and(eq(openReports.threadId, replies.threadId), eq(openReports.replyId, replies.id)))
    .where(or(eq(replies.status, 'pending'), sql`${openReports.n} > 0`))
    .orderBy(replies.createdAt)
    .limit(limit);

  const items: QueueItem[] = [
    ...threadRows.map((r) => toQueueItem('thread', { ...r, threadId: r.id, threadTitle: r.title })),
    ...replyRows.map((r) => toQueueItem('reply', r)),
  ];
  return items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, limit);
}

type QueueRow = Parameters<typeof toAuthorView>[0] & {
  id: number;
  threadId: number;
  threadTitle: string;
  body: string;
  status: QueueItem['status'];
  pendingReason: QueueItem['pendingReason'];
  authorId: number | null;
  openReports: number;
  reasons: string[] | null;
  notes: string[] | null;
  createdAt: Date;
};

function toQueueItem(target: 'thread' | 'reply', r: QueueRow): QueueItem {
  return {
    target,
    id: r.id,
    threadId: r.threadId,
    threadTitle: r.threadTitle,
    excerpt: excerptOf(r.body, 200),
    status: r.status,
    pendingReason: r.pendingReason,
    author: toAuthorView(r),
    authorId: r.authorId,
    openReports: r.openReports,
    reasons: r.reasons ?? [],
    notes: r.notes ?? [],
    createdAt: r.createdAt,
  };
}

export interface LogEntryView {
  id: number;
  actor: string;
  action: string;
  reason: string;
  threadId: number | null;
  replyId: number | null;
  /** Named only for bans: post actions must not tie an anonymous post to a person. */
  targetUser: string | null;
  createdAt: Date;
}

export async function listModerationLog(db: Database, viewer: Viewer, cursor?: string): Promise<Page<LogEntryView>> {
  if (!canModerate(viewer)) throw new AppError('not_found');
  const target = aliasedTable(users, 'target_user');
  const position = cursor ? decodeCursor(cursor) : null;
  const rows = await db
    .select({
      id: moderationLog.id,
      actor: users.handle,
      action: moderationLog.action,
      reason: moderationLog.reason,
      threadId: moderationLog.threadId,
      replyId: moderationLog.replyId,
      targetUser: sql<string | null>`case when ${moderationLog.action} in ('ban', 'unban') then ${target.handle} end`,
      createdAt: moderationLog.createdAt,
    })
    .from(moderationLog)
    .innerJoin(users, eq(users.id, moderationLog.actorId))
    .leftJoin(target, eq(target.id, moderationLog.targetUserId))
    .where(position ? lt(moderationLog.id, position[1]) : undefined)
    .orderBy(desc(moderationLog.id))
    .limit(51);
  const items: LogEntryView[] = rows.slice(0, 50);
  const lastId = items.at(-1)?.id;
  return { items, nextCursor: rows.length > 50 && lastId !== undefined ? encodeCursor(0, lastId) : null };
}
