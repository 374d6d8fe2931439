import { and, eq } from 'drizzle-orm';
import { replies } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { visibleRepliesFor } from './visibility';

export async function getReplyForWrite(db: Database, viewer: Viewer, replyId: number) {
  const [row] = await db
    .select({
      id: replies.id,
      threadId: replies.threadId,
      authorId: replies.authorId,
      status: replies.status,
      depth: replies.depth,
      rootId: replies.rootId,
    })
    .from(replies)
    .where(and(eq(replies.id, replyId), visibleRepliesFor(viewer)));
  if (!row) throw new AppError('not_found');
  return row;
}
