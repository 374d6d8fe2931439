import { and, eq } from 'drizzle-orm';
import { replies, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { notifyAnswerAccepted } from '../notifications/emit';
import { visibleRepliesFor } from '../replies/visibility';
import { getThreadForWrite } from '../threads/load-for-write';
import { toFieldErrors, type Untrusted } from '../validation';
import { canAcceptAnswer } from './policy';
import { acceptSchema } from './schemas';

/** The asker accepts one answer, or changes their mind; it is then shown first. */
export async function acceptAnswer(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ threadId: number; replyId: number }>,
  clock: Clock = systemClock,
): Promise<void> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = acceptSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const question = await getThreadForWrite(db, viewer, parsed.data.threadId);
  if (question.kind !== 'question') throw new AppError('not_found');
  const [answer] = await db
    .select({ id: replies.id, authorId: replies.authorId, depth: replies.depth, status: replies.status })
    .from(replies)
    .where(and(eq(replies.id, parsed.data.replyId), eq(replies.threadId, question.id), visibleRepliesFor(viewer)));
  if (!answer) throw new AppError('invalid_input', { replyId: ['unknown_parent'] });
  if (!canAcceptAnswer(viewer, question, answer)) throw new AppError('forbidden');
  if (question.status !== 'published' || answer.status !== 'published') throw new AppError('gone');
  const now = clock();
  await db.transaction(async (tx) => {
    await tx.update(threads).set({ acceptedReplyId: answer.id }).where(eq(threads.id, question.id));
    await notifyAnswerAccepted(tx, { threadId: question.id, replyId: answer.id, answerAuthorId: answer.authorId, now });
  });
}
