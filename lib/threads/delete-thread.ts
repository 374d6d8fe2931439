import { eq } from 'drizzle-orm';
import { threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors } from '../validation';
import { getThreadForWrite } from './load-for-write';
import { canDeletePost } from './policy';
import { threadIdSchema } from './schemas';

/**
 * The author withdraws a thread. The row stays (soft delete) so its replies
 * keep their context; the page shows that the post was deleted.
 */
export async function deleteThread(
  db: Database,
  viewer: Viewer,
  input: { threadId: unknown },
  clock: Clock = systemClock,
): Promise<void> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = threadIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const thread = await getThreadForWrite(db, viewer, parsed.data.threadId);
  if (!canDeletePost(viewer, thread)) throw new AppError(thread.authorId === viewer.id ? 'gone' : 'forbidden');
  await db.update(threads).set({ status: 'deleted', deletedAt: clock() }).where(eq(threads.id, thread.id));
  aggregatesChanged(db, 'stories');
}
