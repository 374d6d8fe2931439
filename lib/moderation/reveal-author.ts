import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { appendModerationLog } from './log';
import { canRevealAnonymousAuthor } from './policy';
import { moderatePostSchema } from './schemas';
import { getTargetPost } from './target-post';

/**
 * The only path from an anonymous post to its author: an admin, a stated
 * reason (e.g. a credible threat of harm), and a log entry written before the
 * answer is returned. Returns the handle only, never the e-mail.
 */
export async function revealAnonymousAuthor(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ target: string; id: number; reason: string }>,
  clock: Clock = systemClock,
): Promise<{ handle: string; displayName: string }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = moderatePostSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  // Not found, not forbidden, for everyone else: the endpoint does not confirm anything.
  if (!canRevealAnonymousAuthor(viewer)) throw new AppError('not_found');
  const post = await getTargetPost(db, parsed.data);
  return db.transaction(async (tx) => {
    await appendModerationLog(tx, {
      actorId: viewer.id,
      action: 'reveal_author',
      reason: parsed.data.reason,
      threadId: post.threadId,
      replyId: post.replyId,
      targetUserId: post.author.id,
      at: clock(),
    });
    const [user] = await tx.select({ handle: users.handle, displayName: users.displayName }).from(users).where(eq(users.id, post.author.id));
    return user!;
  });
}
