import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { notifyModeration } from '../notifications/emit';
import { toFieldErrors, type Untrusted } from '../validation';
import { appendModerationLog } from './log';
import { canActOnContentOf } from './policy';
import { lockThreadSchema } from './schemas';
import { getTargetPost } from './target-post';

/** Locks (or unlocks) a thread against new replies; the thread stays readable. */
export async function lockThread(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ threadId: number; locked: boolean; reason: string }>,
  clock: Clock = systemClock,
): Promise<void> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = lockThreadSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const post = await getTargetPost(db, { target: 'thread', id: parsed.data.threadId });
  if (!canActOnContentOf(viewer, post.author)) throw new AppError('forbidden');
  const now = clock();
  await db.transaction(async (tx) => {
    // Guarded in SQL: locking a locked thread (or two moderators locking at
    // once) is a conflict, not a second log entry and notification.
    const changed = await tx
      .update(threads)
      .set(parsed.data.locked ? { lockedAt: now, lockedById: viewer.id } : { lockedAt: null, lockedById: null })
      .where(and(eq(threads.id, post.id), parsed.data.locked ? isNull(threads.lockedAt) : isNotNull(threads.lockedAt)))
      .returning({ id: threads.id });
    if (!changed.length) throw new AppError('conflict', { _form: ['wrong_state'] });
    await appendModerationLog(tx, {
      actorId: viewer.id,
      action: parsed.data.locked ? 'lock' : 'unlock',
      reason: parsed.data.reason,
      threadId: post.id,
      targetUserId: post.author.id,
      at: now,
    });
    if (parsed.data.locked) {
      await notifyModeration(tx, { userId: post.author.id, threadId: post.id, replyId: null, action: 'lock', reason: parsed.data.reason, now });
    }
  });
}
