import { eq } from 'drizzle-orm';
import { replies } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { refreshExpertAnswerCount } from '../experts/answer-count';
import { canDeletePost } from '../threads/policy';
import { toFieldErrors } from '../validation';
import { getReplyForWrite } from './load-for-write';
import { replyIdSchema } from './schemas';

/** The author withdraws a reply; its children stay under a tombstone. */
export async function deleteReply(
  db: Database,
  viewer: Viewer,
  input: { replyId: unknown },
  clock: Clock = systemClock,
): Promise<{ threadId: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = replyIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const reply = await getReplyForWrite(db, viewer, parsed.data.replyId);
  if (!canDeletePost(viewer, reply)) throw new AppError(reply.authorId === viewer.id ? 'gone' : 'forbidden');
  await db.transaction(async (tx) => {
    await tx.update(replies).set({ status: 'deleted', deletedAt: clock() }).where(eq(replies.id, reply.id));
    if (reply.depth === 0) await refreshExpertAnswerCount(tx, reply.threadId);
  });
  return { threadId: reply.threadId };
}
