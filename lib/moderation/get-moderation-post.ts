import { eq } from 'drizzle-orm';
import { replies, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { authorColumns, toAuthorView } from '../threads/author';
import type { AuthorView } from '../threads/dto';
import { canModerate } from './policy';
import type { PostTarget } from './schemas';

export interface ModerationPost {
  target: 'thread' | 'reply';
  id: number;
  threadId: number;
  threadTitle: string;
  /** Thread title (threads only), for redaction. */
  title?: string;
  /** Masked markdown source. */
  body: string;
  status: 'published' | 'pending' | 'removed' | 'deleted';
  pendingReason: 'scam_filter' | 'reports' | null;
  removalReason: string | null;
  locked: boolean;
  author: AuthorView;
  /** Named authors only: moderators may ban them. Anonymous stays anonymous. */
  authorId: number | null;
  authorBanned: boolean;
}

/** A post with everything the moderation page needs; not_found for non-staff. */
export async function getModerationPost(db: Database, viewer: Viewer, target: PostTarget): Promise<ModerationPost> {
  if (!canModerate(viewer)) throw new AppError('not_found');
  if (target.target === 'thread') {
    const [row] = await db
      .select({
        id: threads.id,
        title: threads.title,
        body: threads.body,
        status: threads.status,
        pendingReason: threads.pendingReason,
        removalReason: threads.removalReason,
        lockedAt: threads.lockedAt,
        namedAuthorId: threads.authorId,
        authorStatus: users.status,
        ...authorColumns(threads.anonymousLabel),
      })
      .from(threads)
      .innerJoin(users, eq(users.id, threads.authorId))
      .where(eq(threads.id, target.id));
    if (!row) throw new AppError('not_found');
    return {
      target: 'thread',
      id: row.id,
      threadId: row.id,
      threadTitle: row.title,
      title: row.title,
      body: row.body,
      status: row.status,
      pendingReason: row.pendingReason,
      removalReason: row.removalReason,
      locked: row.lockedAt !== null,
      author: toAuthorView(row),
      authorId: row.anonymousLabel === null ? row.namedAuthorId : null,
      authorBanned: row.anonymousLabel === null && row.authorStatus === 'banned',
    };
  }
  const [row] = await db
    .select({
      id: replies.id,
      threadId: replies.threadId,
      body: replies.body,
      status: replies.status,
      pendingReason: replies.pendingReason,
      removalReason: replies.removalReason,
      namedAuthorId: replies.authorId,
      authorStatus: users.status,
      ...authorColumns(replies.anonymousLabel),
    })
    .from(replies)
    .innerJoin(users, eq(users.id, replies.authorId))
    .where(eq(replies.id, target.id));
  if (!row) throw new AppError('not_found');
  const [thread] = await db.select({ title: threads.title, lockedAt: threads.lockedAt }).from(threads).where(eq(threads.id, row.threadId));
  return {
    target: 'reply',
    id: row.id,
    threadId: row.threadId,
    threadTitle: thread!.title,
    body: row.body,
    status: row.status,
    pendingReason: row.pendingReason,
    removalReason: row.removalReason,
    locked: thread!.lockedAt !== null,
    author: toAuthorView(row),
    authorId: row.anonymousLabel === null ? row.namedAuthorId : null,
    authorBanned: row.anonymousLabel === null && row.authorStatus === 'banned',
  };
}
