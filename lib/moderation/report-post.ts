import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { replies, reports, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { getReplyForWrite } from '../replies/load-for-write';
import { defaultSettings, type ForumSettings } from '../settings';
import { getThreadForWrite } from '../threads/load-for-write';
import { toFieldErrors, type Untrusted } from '../validation';
import { canReport } from './policy';
import { isSandboxed } from './sandbox';
import { reportSchema } from './schemas';

/**
 * A member reports a post. Once reports from `reportHideThreshold` distinct
 * members are open, the post is held (pending) until a moderator decides.
 * Reports from accounts still in the new-user sandbox are recorded and reach
 * moderators, but do not count toward hiding: otherwise three fresh accounts
 * could hide anyone's story.
 */
export async function reportPost(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ target: string; id: number; reason: string; note: string }>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
): Promise<{ hidden: boolean }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { target, id, reason } = parsed.data;
  const post =
    target === 'thread'
      ? { ...(await getThreadForWrite(db, viewer, id)), threadId: id, replyId: null }
      : await getReplyForWrite(db, viewer, id).then((r) => ({ ...r, replyId: r.id }));
  if (!canReport(viewer, post)) throw new AppError('forbidden');
  if (post.status === 'deleted' || post.status === 'removed') throw new AppError('gone');
  const now = clock();
  const countsTowardHiding = !(await isSandboxed(db, viewer, now, settings));

  const result = await db.transaction(async (tx) => {
    // The post's row is locked first, so reports arriving together are
    // counted one after the other and the last one needed does hide it.
    if (target === 'thread') await tx.select({ id: threads.id }).from(threads).where(eq(threads.id, id)).for('update');
    else await tx.select({ id: replies.id }).from(replies).where(eq(replies.id, id)).for('update');
    const inserted = await tx
      .insert(reports)
      .values({
        threadId: post.threadId,
        replyId: post.replyId,
        reporterId: viewer.id,
        reason,
        note: maskPersonalData(parsed.data.note).text,
        countsTowardHiding,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: reports.id });
    if (!inserted.length) throw new AppError('conflict', { _form: ['already_reported'] });

    const [open] = await tx
      .select({ n: count(sql`distinct ${reports.reporterId}`) })
      .from(reports)
      .where(
        and(
          eq(reports.threadId, post.threadId),
          post.replyId === null ? isNull(reports.replyId) : eq(reports.replyId, post.replyId),
          isNull(reports.resolvedAt),
          eq(reports.countsTowardHiding, true),
        ),
      );
    if (!countsTowardHiding || (open?.n ?? 0) < settings.reportHideThreshold || post.status !== 'published') return { hidden: false };
    if (target === 'thread') {
      await tx.update(threads).set({ status: 'pending', pendingReason: 'reports' }).where(and(eq(threads.id, id), eq(threads.status, 'published')));
    } else {
      await tx.update(replies).set({ status: 'pending', pendingReason: 'reports' }).where(and(eq(replies.id, id), eq(replies.status, 'published')));
    }
    return { hidden: true };
  });
  // A story hidden by reports leaves what /insights counts until a moderator decides.
  if (result.hidden && target === 'thread') aggregatesChanged(db, 'stories');
  return result;
}
