import { and, desc, eq, sql } from 'drizzle-orm';
import { bookmarks, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { decodeCursor, encodeCursor, type Page } from '../pagination/cursor';
import { AppError } from '../errors';
import { authorColumns, toAuthorView } from '../threads/author';
import type { AuthorView } from '../threads/dto';
import { getThreadForWrite } from '../threads/load-for-write';
import { openableThreadsFor } from '../threads/visibility';
import type { Untrusted } from '../validation';
import { listCursorSchema, member, parseInput, threadTargetSchema } from './schemas';

export interface BookmarkView {
  threadId: number;
  kind: 'story' | 'question';
  title: string;
  author: AuthorView;
  replyCount: number;
  status: 'published' | 'pending' | 'removed' | 'deleted';
  bookmarkedAt: Date;
}

export async function bookmarkThread(db: Database, viewer: Viewer, input: Untrusted<{ threadId: number }>, clock: Clock = systemClock) {
  const me = member(viewer);
  const { threadId } = parseInput(threadTargetSchema, input);
  await getThreadForWrite(db, me, threadId);
  await db.insert(bookmarks).values({ userId: me.id, threadId, createdAt: clock() }).onConflictDoNothing();
  return { bookmarked: true };
}

export async function unbookmarkThread(db: Database, viewer: Viewer, input: Untrusted<{ threadId: number }>) {
  const me = member(viewer);
  const { threadId } = parseInput(threadTargetSchema, input);
  // Removing a bookmark needs no visibility check: it only ever deletes the viewer's own row.
  await db.delete(bookmarks).where(and(eq(bookmarks.userId, me.id), eq(bookmarks.threadId, threadId)));
  return { bookmarked: false };
}

/**
 * The viewer's bookmarks, newest first, by keyset (bookmarkedAt, threadId).
 * Threads the viewer can no longer open drop out of the list.
 */
export async function listBookmarks(db: Database, viewer: Viewer, input: Untrusted<{ cursor: string }> = {}, limit = 20): Promise<Page<BookmarkView>> {
  const me = member(viewer);
  const { cursor: raw } = parseInput(listCursorSchema, input);
  const conditions = [eq(bookmarks.userId, me.id), openableThreadsFor(me)];
  if (raw !== undefined) {
    const cursor = decodeCursor(raw);
    if (!cursor || typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0]))) throw new AppError('invalid_input', { cursor: ['invalid'] });
    conditions.push(sql`(${bookmarks.createdAt}, ${bookmarks.threadId}) < (${cursor[0]}::timestamptz, ${cursor[1]})`);
  }
  const rows = await db
    .select({
      threadId: bookmarks.threadId,
      bookmarkedAt: bookmarks.createdAt,
      kind: threads.kind,
      title: threads.title,
      status: threads.status,
      replyCount: threads.replyCount,
      ...authorColumns(threads.anonymousLabel),
    })
    .from(bookmarks)
    .innerJoin(threads, eq(threads.id, bookmarks.threadId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(...conditions))
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.threadId))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((r) => ({
    threadId: r.threadId,
    kind: r.kind,
    title: r.title,
    status: r.status,
    replyCount: r.replyCount,
    bookmarkedAt: r.bookmarkedAt,
    author: toAuthorView(r),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.bookmarkedAt.toISOString(), last.threadId) : null };
}
