import { eq } from 'drizzle-orm';
import { replies, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { AppError } from '../errors';
import type { PostTarget } from './schemas';

export interface TargetPost {
  target: 'thread' | 'reply';
  id: number;
  threadId: number;
  replyId: number | null;
  status: 'published' | 'pending' | 'removed' | 'deleted';
  /** `anonymous`: the post is under a per-thread pseudonym, so the role must not decide anything visible. */
  author: { id: number; role: 'member' | 'expert' | 'moderator' | 'admin'; anonymous: boolean };
}

/** A post as moderation sees it: any status, with its author's role. */
export async function getTargetPost(db: Database, target: PostTarget): Promise<TargetPost> {
  if (target.target === 'thread') {
    const [row] = await db
      .select({ id: threads.id, status: threads.status, authorId: users.id, authorRole: users.role, anonymousLabel: threads.anonymousLabel })
      .from(threads)
      .innerJoin(users, eq(users.id, threads.authorId))
      .where(eq(threads.id, target.id));
    if (!row) throw new AppError('not_found');
    return { target: 'thread', id: row.id, threadId: row.id, replyId: null, status: row.status, author: { id: row.authorId, role: row.authorRole, anonymous: row.anonymousLabel !== null } };
  }
  const [row] = await db
    .select({ id: replies.id, threadId: replies.threadId, status: replies.status, authorId: users.id, authorRole: users.role, anonymousLabel: replies.anonymousLabel })
    .from(replies)
    .innerJoin(users, eq(users.id, replies.authorId))
    .where(eq(replies.id, target.id));
  if (!row) throw new AppError('not_found');
  return { target: 'reply', id: row.id, threadId: row.threadId, replyId: row.id, status: row.status, author: { id: row.authorId, role: row.authorRole, anonymous: row.anonymousLabel !== null } };
}

export function postTable(target: 'thread' | 'reply') {
  return target === 'thread' ? threads : replies;
}
