import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { replies, replyVotes, threads, threadVotes } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { getReplyForWrite } from '../replies/load-for-write';
import { getThreadForWrite } from '../threads/load-for-write';
import { canVoteOn } from '../threads/policy';
import { positiveId, toFieldErrors, type Untrusted } from '../validation';

export const toggleVoteSchema = z.object({
  target: z.enum(['thread', 'reply'], { error: 'invalid' }),
  id: positiveId,
  kind: z.enum(['helpful', 'me_too'], { error: 'invalid' }),
});
export type ToggleVoteInput = z.input<typeof toggleVoteSchema>;

export interface VoteState {
  active: boolean;
  count: number;
}

/** One vote of each kind per member per post; a second press takes it back. */
export async function toggleVote(db: Database, viewer: Viewer, input: Untrusted<ToggleVoteInput>): Promise<VoteState> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = toggleVoteSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { target, id, kind } = parsed.data;
  const counter = kind === 'helpful' ? 'helpfulCount' : 'meTooCount';

  if (target === 'thread') {
    const thread = await getThreadForWrite(db, viewer, id);
    if (!canVoteOn(viewer, thread)) throw new AppError('forbidden');
    return db.transaction(async (tx) => {
      const removed = await tx
        .delete(threadVotes)
        .where(and(eq(threadVotes.threadId, id), eq(threadVotes.userId, viewer.id), eq(threadVotes.kind, kind)))
        .returning({ threadId: threadVotes.threadId });
      // Count only rows this statement changed, so a double click racing
      // itself cannot move the counter twice.
      const inserted = removed.length
        ? []
        : await tx.insert(threadVotes).values({ threadId: id, userId: viewer.id, kind }).onConflictDoNothing().returning();
      const active = inserted.length > 0;
      const delta = inserted.length - removed.length;
      const [row] = await tx
        .update(threads)
        .set({ [counter]: sql`${threads[counter]} + ${delta}` })
        .where(eq(threads.id, id))
        .returning({ count: threads[counter] });
      return { active, count: row!.count };
    });
  }

  const reply = await getReplyForWrite(db, viewer, id);
  if (!canVoteOn(viewer, reply)) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(replyVotes)
      .where(and(eq(replyVotes.replyId, id), eq(replyVotes.userId, viewer.id), eq(replyVotes.kind, kind)))
      .returning({ replyId: replyVotes.replyId });
    // Count only rows this statement changed, so a double click racing
    // itself cannot move the counter twice.
    const inserted = removed.length
      ? []
      : await tx.insert(replyVotes).values({ replyId: id, userId: viewer.id, kind }).onConflictDoNothing().returning();
    const active = inserted.length > 0;
    const delta = inserted.length - removed.length;
    const [row] = await tx
      .update(replies)
      .set({ [counter]: sql`${replies[counter]} + ${delta}` })
      .where(eq(replies.id, id))
      .returning({ count: replies[counter] });
    return { active, count: row!.count };
  });
}
