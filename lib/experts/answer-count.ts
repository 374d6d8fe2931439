import { and, count, eq, isNotNull } from 'drizzle-orm';
import { replies, threads } from '@/db/schema';
import type { Database } from '@/db/types';

/**
 * Recounts a question's published expert answers (the "answered" state and
 * the experts' queue read it). Recounting instead of +1/-1 keeps it right
 * through deletes, removals and approvals alike.
 */
export async function refreshExpertAnswerCount(tx: Database, threadId: number): Promise<void> {
  const [row] = await tx
    .select({ n: count() })
    .from(replies)
    .where(and(eq(replies.threadId, threadId), eq(replies.depth, 0), eq(replies.status, 'published'), isNotNull(replies.expertCredentialId)));
  await tx.update(threads).set({ expertAnswerCount: row?.n ?? 0 }).where(eq(threads.id, threadId));
}
