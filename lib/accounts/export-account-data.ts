import { asc, eq, inArray } from 'drizzle-orm';
import {
  bookmarks,
  conductEntries,
  expertApplications,
  notificationPreferences,
  notifications,
  recoveryCodes,
  replies,
  replyRevisions,
  replyVotes,
  reports,
  stageFollows,
  threadFollows,
  threadRevisions,
  threadStages,
  threads,
  threadVotes,
  timelineEntries,
  users,
} from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { AppError } from '../errors';

/**
 * Everything the forum holds about the viewer (PIPL access and portability),
 * read with `where <owner> = viewer.id` only. It includes the viewer's
 * anonymous posts (their own data) and never another person's identity:
 * other people appear only as the labels the viewer was shown (a display name
 * or an anonymous label inside a notification); moderators who decided or
 * edited something are not named, and other people's replies are not copied.
 */
export async function exportAccountData(db: Database, viewer: Member, now: Date) {
  const [profile] = await db
    .select({
      handle: users.handle,
      displayName: users.displayName,
      bio: users.bio,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      role: users.role,
      status: users.status,
      bannedUntil: users.bannedUntil,
      emailDigest: users.emailDigest,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, viewer.id));
  if (!profile) throw new AppError('unauthenticated');

  const ownThreads = await db
    .select({
      id: threads.id,
      kind: threads.kind,
      anonymousLabel: threads.anonymousLabel,
      title: threads.title,
      body: threads.body,
      status: threads.status,
      lenderOther: threads.lenderOther,
      monthsOverdue: threads.monthsOverdue,
      createdAt: threads.createdAt,
      editedAt: threads.editedAt,
      deletedAt: threads.deletedAt,
      removalReason: threads.removalReason,
    })
    .from(threads)
    .where(eq(threads.authorId, viewer.id))
    .orderBy(asc(threads.id));
  const threadIds = ownThreads.map((t) => t.id);
  const ownReplies = await db
    .select({
      id: replies.id,
      threadId: replies.threadId,
      parentId: replies.parentId,
      anonymousLabel: replies.anonymousLabel,
      body: replies.body,
      status: replies.status,
      createdAt: replies.createdAt,
      editedAt: replies.editedAt,
      deletedAt: replies.deletedAt,
      removalReason: replies.removalReason,
    })
    .from(replies)
    .where(eq(replies.authorId, viewer.id))
    .orderBy(asc(replies.id));
  const replyIds = ownReplies.map((r) => r.id);

  const [stageRows, timelineRows, threadRevisionRows, replyRevisionRows] = await Promise.all([
    threadIds.length ? db.select().from(threadStages).where(inArray(threadStages.threadId, threadIds)) : [],
    threadIds.length
      ? db.select().from(timelineEntries).where(inArray(timelineEntries.threadId, threadIds)).orderBy(asc(timelineEntries.position))
      : [],
    threadIds.length
      ? db
          .select({
            threadId: threadRevisions.threadId,
            revision: threadRevisions.revision,
            title: threadRevisions.title,
            body: threadRevisions.body,
            editorId: threadRevisions.editorId,
            createdAt: threadRevisions.createdAt,
          })
          .from(threadRevisions)
          .where(inArray(threadRevisions.threadId, threadIds))
          .orderBy(asc(threadRevisions.revision))
      : [],
    replyIds.length
      ? db
          .select({
            replyId: replyRevisions.replyId,
            revision: replyRevisions.revision,
            body: replyRevisions.body,
            editorId: replyRevisions.editorId,
            createdAt: replyRevisions.createdAt,
          })
          .from(replyRevisions)
          .where(inArray(replyRevisions.replyId, replyIds))
          .orderBy(asc(replyRevisions.revision))
      : [],
  ]);

  const [threadVoteRows, replyVoteRows, bookmarkRows, threadFollowRows, stageFollowRows, notificationRows, preferenceRows, conductRows, applicationRows, reportRows, codeRows] =
    await Promise.all([
      db.select({ threadId: threadVotes.threadId, kind: threadVotes.kind, createdAt: threadVotes.createdAt }).from(threadVotes).where(eq(threadVotes.userId, viewer.id)),
      db.select({ replyId: replyVotes.replyId, kind: replyVotes.kind, createdAt: replyVotes.createdAt }).from(replyVotes).where(eq(replyVotes.userId, viewer.id)),
      db.select({ threadId: bookmarks.threadId, createdAt: bookmarks.createdAt }).from(bookmarks).where(eq(bookmarks.userId, viewer.id)),
      db.select({ threadId: threadFollows.threadId, createdAt: threadFollows.createdAt }).from(threadFollows).where(eq(threadFollows.userId, viewer.id)),
      db.select({ stageId: stageFollows.stageId, createdAt: stageFollows.createdAt }).from(stageFollows).where(eq(stageFollows.userId, viewer.id)),
      db
        .select({
          type: notifications.type,
          threadId: notifications.threadId,
          replyId: notifications.replyId,
          actorLabel: notifications.actorLabel,
          excerpt: notifications.excerpt,
          count: notifications.count,
          readAt: notifications.readAt,
          createdAt: notifications.createdAt,
        })
        .from(notifications)
        .where(eq(notifications.userId, viewer.id))
        .orderBy(asc(notifications.id)),
      db
        .select({ type: notificationPreferences.type, inApp: notificationPreferences.inApp, emailImmediately: notificationPreferences.emailImmediately })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, viewer.id)),
      db
        .select({
          id: conductEntries.id,
          threadId: conductEntries.threadId,
          occurredAt: conductEntries.occurredAt,
          timeZone: conductEntries.timeZone,
          channel: conductEntries.channel,
          thirdParty: conductEntries.thirdParty,
          lenderId: conductEntries.lenderId,
          agency: conductEntries.agency,
          collectorName: conductEntries.collectorName,
          connected: conductEntries.connected,
          categories: conductEntries.categories,
          agreedToContactAtNight: conductEntries.agreedToContactAtNight,
          note: conductEntries.note,
          evidenceNote: conductEntries.evidenceNote,
          createdAt: conductEntries.createdAt,
          updatedAt: conductEntries.updatedAt,
          deletedAt: conductEntries.deletedAt,
        })
        .from(conductEntries)
        .where(eq(conductEntries.ownerId, viewer.id))
        .orderBy(asc(conductEntries.occurredAt)),
      db
        .select({
          profession: expertApplications.profession,
          professionOther: expertApplications.professionOther,
          yearsOfPractice: expertApplications.yearsOfPractice,
          licenceNumber: expertApplications.licenceNumber,
          requestedStageIds: expertApplications.requestedStageIds,
          hasCommercialInterest: expertApplications.hasCommercialInterest,
          interestStatement: expertApplications.interestStatement,
          status: expertApplications.status,
          decidedAt: expertApplications.decidedAt,
          decisionReason: expertApplications.decisionReason,
          scopeStageIds: expertApplications.scopeStageIds,
          expiresAt: expertApplications.expiresAt,
          createdAt: expertApplications.createdAt,
        })
        .from(expertApplications)
        .where(eq(expertApplications.userId, viewer.id)),
      db
        .select({
          threadId: reports.threadId,
          replyId: reports.replyId,
          reason: reports.reason,
          note: reports.note,
          createdAt: reports.createdAt,
          resolvedAt: reports.resolvedAt,
          resolution: reports.resolution,
        })
        .from(reports)
        .where(eq(reports.reporterId, viewer.id)),
      db.select({ usedAt: recoveryCodes.usedAt, createdAt: recoveryCodes.createdAt }).from(recoveryCodes).where(eq(recoveryCodes.userId, viewer.id)),
    ]);

  // Who made a revision is told only as "you" or "not you" (a moderator's redaction).
  const revisionBy = (editorId: number) => (editorId === viewer.id ? 'you' : 'moderator');

  return {
    format: 'ashore-account-export/1',
    exportedAt: now.toISOString(),
    profile,
    threads: ownThreads.map((t) => ({
      ...t,
      anonymous: t.anonymousLabel !== null,
      stageIds: stageRows.filter((s) => s.threadId === t.id).map((s) => s.stageId),
      timeline: timelineRows
        .filter((e) => e.threadId === t.id)
        .map((e) => ({ occurredOn: e.occurredOn, datePrecision: e.datePrecision, stageId: e.stageId, note: e.note })),
      revisions: threadRevisionRows
        .filter((r) => r.threadId === t.id)
        .map((r) => ({ revision: r.revision, title: r.title, body: r.body, by: revisionBy(r.editorId), createdAt: r.createdAt })),
    })),
    replies: ownReplies.map((r) => ({
      ...r,
      anonymous: r.anonymousLabel !== null,
      revisions: replyRevisionRows
        .filter((v) => v.replyId === r.id)
        .map((v) => ({ revision: v.revision, body: v.body, by: revisionBy(v.editorId), createdAt: v.createdAt })),
    })),
    votes: { threads: threadVoteRows, replies: replyVoteRows },
    bookmarks: bookmarkRows,
    follows: { threads: threadFollowRows, stages: stageFollowRows },
    notifications: notificationRows,
    notificationPreferences: preferenceRows,
    conductLog: conductRows,
    expertApplications: applicationRows,
    reportsFiled: reportRows,
    recoveryCodes: { issuedAt: codeRows[0]?.createdAt ?? null, unused: codeRows.filter((c) => c.usedAt === null).length },
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;
