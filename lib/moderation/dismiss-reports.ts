import { and, eq, isNull } from 'drizzle-orm';
import { reports } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { appendModerationLog } from './log';
import { canActOnContentOf } from './policy';
import { moderatePostSchema } from './schemas';
import { getTargetPost } from './target-post';

/** Closes a published post's open reports without acting on the post. */
export async function dismissReports(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ target: string; id: number; reason: string }>,
  clock: Clock = systemClock,
): Promise<{ dismissed: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = moderatePostSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const post = await getTargetPost(db, parsed.data);
  if (!canActOnContentOf(viewer, post.author)) throw new AppError('forbidden');
  const now = clock();
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(reports)
      .set({ resolvedAt: now, resolvedById: viewer.id, resolution: 'dismissed' })
      .where(
        and(
          eq(reports.threadId, post.threadId),
          post.replyId === null ? isNull(reports.replyId) : eq(reports.replyId, post.replyId),
          isNull(reports.resolvedAt),
        ),
      )
      .returning({ id: reports.id });
    await appendModerationLog(tx, {
      actorId: viewer.id,
      action: 'dismiss_reports',
      reason: parsed.data.reason,
      threadId: post.threadId,
      replyId: post.replyId,
      targetUserId: post.author.id,
      at: now,
    });
    return { dismissed: closed.length };
  });
}
