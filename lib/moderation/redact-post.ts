import { and, eq, like, lt, ne, or, sql } from 'drizzle-orm';
import { emailOutbox, replies, replyRevisions, threadRevisions, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { notifyModeration, refreshNotificationExcerpts } from '../notifications/emit';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { searchTextOf } from '../search/segment';
import { toFieldErrors, type Untrusted } from '../validation';
import { appendModerationLog } from './log';
import { canActOnContentOf } from './policy';
import { redactPostSchema } from './schemas';
import { getTargetPost } from './target-post';
import { cookBody } from '../markdown/cook';

/**
 * A moderator rewrites part of a post (a name, an address the masker could
 * not know). It is a new revision by the moderator, logged with the reason.
 * What was taken out must not survive anywhere a reader could find it: every
 * earlier revision is rewritten to the redacted text (the history keeps how
 * many versions there were and when, not what they said), the search text,
 * quoting notifications and unsent mail about the post go too. The
 * moderation log records the act and the reason, never the removed words.
 */
export async function redactPost(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ target: string; id: number; reason: string; title: string; body: string }>,
  clock: Clock = systemClock,
): Promise<void> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = redactPostSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const post = await getTargetPost(db, parsed.data);
  if (!canActOnContentOf(viewer, post.author)) throw new AppError('forbidden');
  if (post.status === 'deleted') throw new AppError('gone');
  const body = maskPersonalData(parsed.data.body).text;
  const cooked = cookBody(body);
  const now = clock();
  await db.transaction(async (tx) => {
    if (post.target === 'thread') {
      const [current] = await tx.select({ title: threads.title, lenderOther: threads.lenderOther }).from(threads).where(eq(threads.id, post.id));
      const title = parsed.data.title ? maskPersonalData(parsed.data.title).text : current!.title;
      const [updated] = await tx
        .update(threads)
        .set({
          title,
          body,
          ...cooked,
          // The redacted words must not stay findable.
          searchText: searchTextOf([title, body, current!.lenderOther]),
          editedAt: now,
          revisionCount: sql`${threads.revisionCount} + 1`,
        })
        .where(and(eq(threads.id, post.id), ne(threads.status, 'deleted')))
        .returning({ revision: threads.revisionCount });
      // The author may have withdrawn the post meanwhile: it is frozen then.
      if (!updated) throw new AppError('gone');
      await tx.update(threadRevisions).set({ title, body }).where(and(eq(threadRevisions.threadId, post.id), lt(threadRevisions.revision, updated.revision)));
      await tx.insert(threadRevisions).values({ threadId: post.id, revision: updated.revision, title, body, editorId: viewer.id, createdAt: now });
    } else {
      const [updated] = await tx
        .update(replies)
        .set({ body, ...cooked, searchText: searchTextOf([body]), editedAt: now, revisionCount: sql`${replies.revisionCount} + 1` })
        .where(and(eq(replies.id, post.id), ne(replies.status, 'deleted')))
        .returning({ revision: replies.revisionCount });
      if (!updated) throw new AppError('gone');
      await tx.update(replyRevisions).set({ body }).where(and(eq(replyRevisions.replyId, post.id), lt(replyRevisions.revision, updated.revision)));
      await tx.insert(replyRevisions).values({ replyId: post.id, revision: updated.revision, body, editorId: viewer.id, createdAt: now });
    }
    await appendModerationLog(tx, {
      actorId: viewer.id,
      action: 'redact',
      reason: parsed.data.reason,
      threadId: post.threadId,
      replyId: post.replyId,
      targetUserId: post.author.id,
      at: now,
    });
    // Notifications quoting the post must not keep what was taken out; the author is told why.
    await refreshNotificationExcerpts(tx, { threadId: post.threadId, replyId: post.replyId, body });
    // Immediate mail not yet sent may quote the old words; it is dropped
    // (the in-app notification, now quoting the redacted text, remains).
    await tx
      .delete(emailOutbox)
      .where(
        and(
          eq(emailOutbox.status, 'pending'),
          post.replyId === null
            ? or(like(emailOutbox.dedupeKey, `immediate:%:thread:${post.threadId}`), like(emailOutbox.dedupeKey, `immediate:%:thread:${post.threadId}:%`))
            : like(emailOutbox.dedupeKey, `immediate:%:reply:${post.replyId}`),
        ),
      );
    await notifyModeration(tx, { userId: post.author.id, threadId: post.threadId, replyId: post.replyId, action: 'redact', reason: parsed.data.reason, now });
  });
}
