import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { bookmarks, notifications, replies, stageFollows, threadFollows, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member, Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { decodeCursor, encodeCursor, type Page } from '../pagination/cursor';
import { openableThreadsFor } from '../threads/visibility';
import type { Untrusted } from '../validation';
import type { FollowState, NotificationView } from './dto';
import { listCursorSchema, member, parseInput } from './schemas';
import { replyTypesByPriority } from './types';

const PAGE_SIZE = 20;

/**
 * The viewer's notifications, most recently updated first (a collapsed row
 * rises when a new reply joins it), by keyset (updatedAt, id) on
 * notifications_user_updated_idx. Only the owner's rows are ever selected.
 */
export async function listNotifications(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ cursor: string }> = {},
  limit = PAGE_SIZE,
): Promise<Page<NotificationView>> {
  const me = member(viewer);
  const { cursor: raw } = parseInput(listCursorSchema, input);
  const conditions: SQL[] = [];
  if (raw !== undefined) {
    const cursor = decodeCursor(raw);
    if (!cursor || typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0]))) throw new AppError('invalid_input', { cursor: ['invalid'] });
    conditions.push(sql`(${notifications.updatedAt}, ${notifications.id}) < (${cursor[0]}::timestamptz, ${cursor[1]})`);
  }
  const rows = await selectNotificationViews(db, me, conditions, limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.updatedAt.toISOString(), last.id) : null };
}

/**
 * Notification rows as their owner may see them now: a reply removed or
 * withdrawn since is no longer quoted, and the thread's title follows the
 * thread's visibility today, not when the event happened. Used by the list
 * and by the daily digest.
 */
export async function selectNotificationViews(db: Database, owner: Member, conditions: SQL[], limit: number): Promise<NotificationView[]> {
  const isReplyType = inArray(notifications.type, [...replyTypesByPriority]);
  const rows = await db
    .select({
      id: notifications.id,
      type: notifications.type,
      threadId: notifications.threadId,
      replyId: notifications.replyId,
      actorLabel: notifications.actorLabel,
      excerpt: sql<string>`case when ${isReplyType} and ${replies.id} is not null and ${replies.status} <> 'published' then '' else ${notifications.excerpt} end`,
      title: sql<string | null>`case when ${threads.id} is not null and ${openableThreadsFor(owner)} then ${threads.title} end`,
      count: notifications.count,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      updatedAt: notifications.updatedAt,
    })
    .from(notifications)
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(replies, eq(replies.id, notifications.replyId))
    .where(and(eq(notifications.userId, owner.id), ...conditions))
    .orderBy(desc(notifications.updatedAt), desc(notifications.id))
    .limit(limit);
  return rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
}

/** Unread rows (a collapsed row counts once), from the partial unread index. */
export async function countUnread(db: Database, viewer: Viewer): Promise<number> {
  if (!viewer) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Whether the viewer follows and has bookmarked a thread (false for a visitor). */
export async function getFollowState(db: Database, viewer: Viewer, threadId: number): Promise<FollowState> {
  if (!viewer) return { followingThread: false, bookmarked: false };
  const [following, bookmarked] = await Promise.all([
    db
      .select({ one: sql`1` })
      .from(threadFollows)
      .where(and(eq(threadFollows.userId, viewer.id), eq(threadFollows.threadId, threadId))),
    db
      .select({ one: sql`1` })
      .from(bookmarks)
      .where(and(eq(bookmarks.userId, viewer.id), eq(bookmarks.threadId, threadId))),
  ]);
  return { followingThread: following.length > 0, bookmarked: bookmarked.length > 0 };
}

export async function isFollowingStage(db: Database, viewer: Viewer, stageId: number): Promise<boolean> {
  if (!viewer) return false;
  const rows = await db
    .select({ one: sql`1` })
    .from(stageFollows)
    .where(and(eq(stageFollows.userId, viewer.id), eq(stageFollows.stageId, stageId)));
  return rows.length > 0;
}
