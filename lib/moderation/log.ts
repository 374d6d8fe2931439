import { moderationLog } from '@/db/schema';
import type { Database } from '@/db/types';

export type ModerationActionName = (typeof moderationLog.$inferInsert)['action'];

/** Appends to the moderation log; call inside the transaction of the act itself. */
export async function appendModerationLog(
  tx: Database,
  entry: {
    actorId: number;
    action: ModerationActionName;
    reason: string;
    threadId?: number | null;
    replyId?: number | null;
    targetUserId?: number | null;
    applicationId?: number | null;
    at: Date;
  },
): Promise<void> {
  await tx.insert(moderationLog).values({
    actorId: entry.actorId,
    action: entry.action,
    reason: entry.reason,
    threadId: entry.threadId ?? null,
    replyId: entry.replyId ?? null,
    targetUserId: entry.targetUserId ?? null,
    applicationId: entry.applicationId ?? null,
    createdAt: entry.at,
  });
}
