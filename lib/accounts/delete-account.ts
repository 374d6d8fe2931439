import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  accountTokens,
  bookmarks,
  conductEntries,
  emailOutbox,
  expertApplications,
  moderationLog,
  notificationPreferences,
  notifications,
  recoveryCodes,
  replies,
  replyRevisions,
  reports,
  stageFollows,
  threadFollows,
  threadRevisions,
  threads,
  timelineEntries,
  users,
} from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { assertCurrentPassword } from './passwords';
import { deleteAccountSchema, type DeleteAccountInput } from './schemas';

/**
 * Deletes the member's account (PIPL erasure), after re-entering the
 * password, in one transaction. What happens to each kind of data is the
 * privacy model in ARCHITECTURE.md ("Deleting an account"):
 *
 * - posts (named and anonymous): `erase` empties titles, bodies, timeline
 *   notes and every revision and marks them deleted, so threads keep their
 *   shape with tombstones; `keep` leaves them, shown as 已注销用户 with no
 *   profile link (anonymous ones stay under their per-thread label);
 * - erased: e-mail, password hash, recovery codes and links, profile text,
 *   conduct log, bookmarks, follows, preferences, queued mail, notifications
 *   to them and about their posts (where they were the actor), the notes of
 *   reports they filed, their expert applications' licence and statements;
 * - the moderation log keeps, for acts on them or their posts, only the
 *   action, its time, the moderator and the post reference: the reason text
 *   and the link to their account are cleared;
 * - votes stay as anonymous counts (the rows point at the emptied account).
 *
 * The row in `users` stays (posts and logs reference it) with nothing
 * personal: a placeholder handle that sign-up cannot produce, no name.
 * Rate-limit keys live in Redis or memory and are cleared by the caller.
 */
export async function deleteAccount(
  db: Database,
  viewer: Member,
  input: Untrusted<DeleteAccountInput>,
  clock: Clock = systemClock,
): Promise<{ erasedPosts: number }> {
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  await assertCurrentPassword(db, viewer.id, parsed.data.currentPassword);
  const now = clock();
  const userId = viewer.id;

  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .for('update');
    if (!locked) throw new AppError('unauthenticated');

    const ownThreads = tx.select({ id: threads.id }).from(threads).where(eq(threads.authorId, userId));
    const ownReplies = tx.select({ id: replies.id }).from(replies).where(eq(replies.authorId, userId));

    let erasedPosts = 0;
    if (parsed.data.posts === 'erase') {
      await tx.update(timelineEntries).set({ note: '' }).where(inArray(timelineEntries.threadId, ownThreads));
      await tx.update(threadRevisions).set({ title: '', body: '' }).where(inArray(threadRevisions.threadId, ownThreads));
      await tx.update(replyRevisions).set({ body: '' }).where(inArray(replyRevisions.replyId, ownReplies));
      const erasedThreads = await tx
        .update(threads)
        .set({
          title: '',
          body: '',
          lenderOther: null,
          searchText: '',
          removalReason: null,
          status: 'deleted',
          deletedAt: sql`coalesce(${threads.deletedAt}, ${now.toISOString()}::timestamptz)`,
        })
        .where(eq(threads.authorId, userId))
        .returning({ id: threads.id });
      const erasedReplies = await tx
        .update(replies)
        .set({
          body: '',
          searchText: '',
          removalReason: null,
          status: 'deleted',
          deletedAt: sql`coalesce(${replies.deletedAt}, ${now.toISOString()}::timestamptz)`,
        })
        .where(eq(replies.authorId, userId))
        .returning({ id: replies.id });
      erasedPosts = erasedThreads.length + erasedReplies.length;
    }

    // Notifications to them, and to others about what they did (the actor of
    // a reply notification is the reply's author; of an acceptance, an
    // invitation or a new story in a followed stage, the thread's author).
    await tx
      .delete(notifications)
      .where(
        or(
          eq(notifications.userId, userId),
          inArray(notifications.replyId, ownReplies),
          and(
            inArray(notifications.type, ['answer_accepted', 'invitation', 'followed_stage']),
            inArray(notifications.threadId, ownThreads),
          ),
        ),
      );
    await tx.delete(emailOutbox).where(eq(emailOutbox.userId, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(accountTokens).where(eq(accountTokens.userId, userId));
    await tx.delete(conductEntries).where(eq(conductEntries.ownerId, userId));
    await tx.delete(bookmarks).where(eq(bookmarks.userId, userId));
    await tx.delete(threadFollows).where(eq(threadFollows.userId, userId));
    await tx.delete(stageFollows).where(eq(stageFollows.userId, userId));
    await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
    await tx.update(reports).set({ note: '' }).where(eq(reports.reporterId, userId));
    await tx
      .update(expertApplications)
      .set({ licenceNumber: '', professionOther: '', interestStatement: '', decisionReason: '' })
      .where(eq(expertApplications.userId, userId));
    await tx.update(moderationLog).set({ reason: '', targetUserId: null }).where(eq(moderationLog.targetUserId, userId));

    await tx
      .update(users)
      .set({
        email: null,
        emailVerifiedAt: null,
        passwordHash: '',
        handle: `~${userId}`,
        displayName: '',
        bio: '',
        role: 'member',
        emailDigest: false,
        digestSentAt: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        deletedAt: now,
      })
      .where(eq(users.id, userId));
    return { erasedPosts };
  });
}
