import { and, eq, inArray, isNull } from 'drizzle-orm';
import { replies, reports, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { refreshExpertAnswerCount } from '../experts/answer-count';
import { notifyModeration } from '../notifications/emit';
import { notificationEventsCommitted, queueNotificationEvent } from '../notifications/events';
import { toFieldErrors, type Untrusted } from '../validation';
import { appendModerationLog } from './log';
import { canActOnContentOf } from './policy';
import { moderatePostSchema } from './schemas';
import { getTargetPost, type TargetPost } from './target-post';
import { cookBody } from '../markdown/cook';

type Status = TargetPost['status'];

interface Transition {
  action: 'approve' | 'remove' | 'restore';
  from: Status[];
  to: Status;
  /** How the post's open reports are closed by this decision. */
  resolves: 'upheld' | 'dismissed' | null;
}

const transitions = {
  // The post is fine: publish it and close its reports as dismissed.
  approve: { action: 'approve', from: ['pending'], to: 'published', resolves: 'dismissed' },
  // The post breaks the rules: keep it for moderators only, tell the author why.
  remove: { action: 'remove', from: ['published', 'pending'], to: 'removed', resolves: 'upheld' },
  // A removal was wrong: put the post back.
  restore: { action: 'restore', from: ['removed'], to: 'published', resolves: null },
} as const satisfies Record<string, Transition>;

async function moderatePost(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ target: string; id: number; reason: string }>,
  transition: Transition,
  clock: Clock,
): Promise<{ status: Status }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = moderatePostSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const post = await getTargetPost(db, parsed.data);
  if (!canActOnContentOf(viewer, post.author)) throw new AppError('forbidden');
  if (!transition.from.includes(post.status)) throw new AppError('conflict', { _form: ['wrong_state'] });
  const now = clock();
  const removal =
    transition.to === 'removed'
      ? { removedAt: now, removedById: viewer.id, removalReason: parsed.data.reason }
      : { removedAt: null, removedById: null, removalReason: null };

  // A post shown again is cooked again, so it never comes back with HTML from an older renderer.
  const recooked = transition.to === 'published' ? cookBody(await bodyOf(db, post)) : {};

  await db.transaction(async (tx) => {
    const set = { status: transition.to, pendingReason: null, ...removal, ...recooked };
    // The state check above is only a fast answer: two moderators (or a
    // moderator and the author) may act at once, so the update itself is
    // guarded and the one that finds the post already moved gets `conflict`.
    const from = [...transition.from];
    const moved =
      post.target === 'thread'
        ? await tx.update(threads).set(set).where(and(eq(threads.id, post.id), inArray(threads.status, from))).returning({ id: threads.id })
        : await tx.update(replies).set(set).where(and(eq(replies.id, post.id), inArray(replies.status, from))).returning({ id: replies.id });
    if (!moved.length) throw new AppError('conflict', { _form: ['wrong_state'] });
    if (post.target === 'reply') await refreshExpertAnswerCount(tx, post.threadId);
    if (transition.resolves) {
      await tx
        .update(reports)
        .set({ resolvedAt: now, resolvedById: viewer.id, resolution: transition.resolves })
        .where(
          and(
            eq(reports.threadId, post.threadId),
            post.replyId === null ? isNull(reports.replyId) : eq(reports.replyId, post.replyId),
            isNull(reports.resolvedAt),
          ),
        );
    }
    await appendModerationLog(tx, {
      actorId: viewer.id,
      action: transition.action,
      reason: parsed.data.reason,
      threadId: post.threadId,
      replyId: post.replyId,
      targetUserId: post.author.id,
      at: now,
    });
    // The author hears what happened and why; an approved post is announced as if just written.
    await notifyModeration(tx, { userId: post.author.id, threadId: post.threadId, replyId: post.replyId, action: transition.action, reason: parsed.data.reason, now });
    if (transition.action === 'approve') {
      await queueNotificationEvent(
        tx,
        post.target === 'thread'
          ? { type: 'thread_published', threadId: post.id, now }
          : { type: 'reply_published', threadId: post.threadId, replyId: post.id, now },
      );
    }
  });
  if (transition.action === 'approve') notificationEventsCommitted();
  // A story removed, restored or approved leaves or joins what /insights counts.
  if (post.target === 'thread') aggregatesChanged(db, 'stories');
  return { status: transition.to };
}

async function bodyOf(db: Database, post: { target: 'thread' | 'reply'; id: number }): Promise<string> {
  const table = post.target === 'thread' ? threads : replies;
  const [row] = await db.select({ body: table.body }).from(table).where(eq(table.id, post.id));
  return row?.body ?? '';
}

export const approvePost = (db: Database, viewer: Viewer, input: Untrusted<{ target: string; id: number; reason: string }>, clock: Clock = systemClock) =>
  moderatePost(db, viewer, input, transitions.approve, clock);

export const removePost = (db: Database, viewer: Viewer, input: Untrusted<{ target: string; id: number; reason: string }>, clock: Clock = systemClock) =>
  moderatePost(db, viewer, input, transitions.remove, clock);

export const restorePost = (db: Database, viewer: Viewer, input: Untrusted<{ target: string; id: number; reason: string }>, clock: Clock = systemClock) =>
  moderatePost(db, viewer, input, transitions.restore, clock);
