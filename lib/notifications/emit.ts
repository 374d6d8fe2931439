import { and, eq, inArray, ne, notExists, sql } from 'drizzle-orm';
import {
  emailOutbox,
  notificationPreferences,
  notifications,
  replies,
  stageFollows,
  threadFollows,
  threads,
  threadStages,
  users,
} from '@/db/schema';
import type { Database } from '@/db/types';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { notificationExcerpt as excerptOf } from './excerpt';
import { immediateMail } from './mail-text';
import { ANONYMOUS_PREFIX } from './present';
import {
  replyTypesByPriority,
  threadCollapseKey,
  type ModerationAction,
  type NotificationType,
  type ReplyNotificationType,
} from './types';

// The emitter is called INSIDE the writer's transaction: a notification and
// its immediate mail (an outbox row) commit or roll back with the reply,
// acceptance or moderator action that caused them. Nothing here does network
// I/O; the mailer sends outbox rows after the commit.
//
// Privacy: notifications store the recipient's id and display text only. An
// actor's id is used to leave the actor out of the recipients and is never
// written; an anonymous actor is shown by the post's per-thread label, and
// thread authors are labelled with `case when anonymous_label is null` so an
// anonymous author's name is never even loaded. Excerpts come from stored,
// already-masked text.

/**
 * How an actor is shown in a notification: the display name, or for an
 * anonymous post `匿名用户 · <per-thread label>`.
 */
export function actorLabelFor(post: { anonymousLabel: string | null; displayName: string }): string {
  return post.anonymousLabel === null ? post.displayName : `${ANONYMOUS_PREFIX} · ${post.anonymousLabel}`;
}

/** Handles named as `@handle` in a text (lower-cased, unique, at most `limit`). */
export function parseMentions(text: string, limit = 10): string[] {
  const found = new Set<string>();
  // Not after a word character, so e-mail addresses are not mentions.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.@])@([A-Za-z][A-Za-z0-9_]{2,19})(?![A-Za-z0-9_])/gu)) {
    found.add(match[1]!.toLowerCase());
    if (found.size >= limit) break;
  }
  return [...found];
}

interface Delivery {
  userId: number;
  type: NotificationType;
  threadId: number | null;
  replyId: number | null;
  actorLabel: string;
  excerpt: string;
  /** Thread title for the mail text (masked stored text), when there is a thread. */
  title: string | null;
  /** Set for reply notifications: unread ones with the same key collapse. */
  collapseKey: string | null;
  /** Names the event; with the type and recipient it makes the outbox dedupe key. */
  eventKey: string;
}

const typeRank = sql.raw(`array[${replyTypesByPriority.map((t) => `'${t}'`).join(',')}]::notification_type[]`);

/** Writes in-app rows and immediate mails for recipients, honouring each one's preferences. */
async function deliver(tx: Database, deliveries: Delivery[], now: Date): Promise<void> {
  if (deliveries.length === 0) return;
  const prefs = await tx
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, [...new Set(deliveries.map((d) => d.userId))]));
  for (const d of deliveries) {
    // A missing preference row is the default: in-app on, mail only in the digest.
    const pref = prefs.find((p) => p.userId === d.userId && p.type === d.type) ?? { inApp: true, emailImmediately: false };
    if (pref.inApp) await writeNotification(tx, d, now);
    if (pref.emailImmediately) {
      const mail = immediateMail(d);
      await tx
        .insert(emailOutbox)
        .values({
          userId: d.userId,
          kind: 'immediate',
          dedupeKey: `immediate:${d.type}:${d.userId}:${d.eventKey}`,
          subject: mail.subject,
          textBody: mail.textBody,
          nextAttemptAt: now,
          createdAt: now,
        })
        .onConflictDoNothing({ target: emailOutbox.dedupeKey });
    }
  }
}

async function writeNotification(tx: Database, d: Delivery, now: Date): Promise<void> {
  const row = {
    userId: d.userId,
    type: d.type,
    threadId: d.threadId,
    replyId: d.replyId,
    actorLabel: d.actorLabel,
    excerpt: d.excerpt,
    collapseKey: d.collapseKey,
    count: 1,
    createdAt: now,
    updatedAt: now,
  };
  if (d.collapseKey === null) {
    await tx.insert(notifications).values(row);
    return;
  }
  // One unread row per (user, thread): a new reply bumps it, shows the latest
  // actor and excerpt, and keeps the most telling type (an expert's answer is
  // not hidden behind "3 new replies").
  await tx
    .insert(notifications)
    .values(row)
    .onConflictDoUpdate({
      target: [notifications.userId, notifications.collapseKey],
      targetWhere: sql`${notifications.readAt} is null and ${notifications.collapseKey} is not null`,
      set: {
        count: sql`${notifications.count} + 1`,
        updatedAt: now,
        replyId: sql`excluded.reply_id`,
        actorLabel: sql`excluded.actor_label`,
        excerpt: sql`excluded.excerpt`,
        type: sql`case when array_position(${typeRank}, excluded.type) < array_position(${typeRank}, ${notifications.type}) then excluded.type else ${notifications.type} end`,
      },
    });
}

/** A thread's title, kind, status, author id and author label (anonymous-safe). */
async function loadThread(tx: Database, threadId: number) {
  const [thread] = await tx
    .select({
      id: threads.id,
      kind: threads.kind,
      status: threads.status,
      authorId: threads.authorId,
      title: threads.title,
      body: threads.body,
      anonymousLabel: threads.anonymousLabel,
      authorName: sql<string | null>`case when ${threads.anonymousLabel} is null then ${users.displayName} end`,
    })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(eq(threads.id, threadId));
  if (!thread) return null;
  return { ...thread, authorLabel: actorLabelFor({ anonymousLabel: thread.anonymousLabel, displayName: thread.authorName ?? '' }) };
}

export interface ReplyCreatedEvent {
  threadId: number;
  replyId: number;
  /** The reply this one answers; null for a reply to the thread. */
  parentReplyId: number | null;
  /**
   * Who wrote it. `userId` only keeps the author out of the recipients and is
   * never stored; `label` is what recipients see (use `actorLabelFor`: the
   * display name, or `匿名用户 · <label>` for an anonymous reply).
   */
  actor: { userId: number; label: string };
  /** The reply's stored (masked) body; shortened here. @mentions are read from it. */
  excerpt: string;
  /** A current expert's top-level answer: the asker of a question is told so. */
  isExpertAnswer: boolean;
  now: Date;
}

/**
 * A published reply: tells the thread's author (`reply_to_thread`, or
 * `expert_answer` when `isExpertAnswer` and the thread is a question), the
 * parent reply's author (`reply_to_reply`), everyone @mentioned (`mention`)
 * and the thread's followers (`followed_thread`). Never the actor; one
 * notification per recipient, the highest-priority type winning. Unread reply
 * notifications of one thread collapse into one row (count, latest actor).
 * Call inside the writer's transaction, and only for a published reply.
 */
export async function notifyReplyCreated(tx: Database, event: ReplyCreatedEvent): Promise<void> {
  const thread = await loadThread(tx, event.threadId);
  if (!thread || thread.status !== 'published') return;

  const recipients = new Map<number, ReplyNotificationType>();
  const offer = (userId: number, type: ReplyNotificationType) => {
    if (userId === event.actor.userId) return;
    const current = recipients.get(userId);
    if (!current || replyTypesByPriority.indexOf(type) < replyTypesByPriority.indexOf(current)) recipients.set(userId, type);
  };

  offer(thread.authorId, event.isExpertAnswer && thread.kind === 'question' ? 'expert_answer' : 'reply_to_thread');
  if (event.parentReplyId !== null) {
    const [parent] = await tx
      .select({ authorId: replies.authorId })
      .from(replies)
      .where(and(eq(replies.id, event.parentReplyId), eq(replies.threadId, event.threadId)));
    if (parent) offer(parent.authorId, 'reply_to_reply');
  }
  const handles = parseMentions(event.excerpt);
  if (handles.length) {
    const mentioned = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.handle, handles), eq(users.status, 'active')));
    for (const user of mentioned) offer(user.id, 'mention');
  }
  const followers = await tx.select({ userId: threadFollows.userId }).from(threadFollows).where(eq(threadFollows.threadId, event.threadId));
  for (const follower of followers) offer(follower.userId, 'followed_thread');

  const excerpt = excerptOf(event.excerpt);
  await deliver(
    tx,
    [...recipients].map(([userId, type]) => ({
      userId,
      type,
      threadId: event.threadId,
      replyId: event.replyId,
      actorLabel: event.actor.label,
      excerpt,
      title: thread.title,
      collapseKey: threadCollapseKey(event.threadId),
      eventKey: `reply:${event.replyId}`,
    })),
    event.now,
  );
}

/**
 * The asker accepted an answer: tells the answer's author (`answer_accepted`),
 * shown as coming from the asker's label (anonymous-safe). Call inside the
 * transaction that records the acceptance.
 */
export async function notifyAnswerAccepted(
  tx: Database,
  event: { threadId: number; replyId: number; answerAuthorId: number; now: Date },
): Promise<void> {
  const thread = await loadThread(tx, event.threadId);
  if (!thread || thread.authorId === event.answerAuthorId) return;
  await deliver(
    tx,
    [
      {
        userId: event.answerAuthorId,
        type: 'answer_accepted',
        threadId: event.threadId,
        replyId: event.replyId,
        actorLabel: thread.authorLabel,
        excerpt: '',
        title: thread.title,
        collapseKey: null,
        eventKey: `reply:${event.replyId}`,
      },
    ],
    event.now,
  );
}

/**
 * An expert application was decided: tells the applicant
 * (`application_decided`; the row's actorLabel holds `approved` or `rejected`,
 * rendered through the catalog). Call inside the deciding transaction.
 */
export async function notifyApplicationDecided(tx: Database, event: { userId: number; approved: boolean; now: Date }): Promise<void> {
  await deliver(
    tx,
    [
      {
        userId: event.userId,
        type: 'application_decided',
        threadId: null,
        replyId: null,
        actorLabel: event.approved ? 'approved' : 'rejected',
        excerpt: '',
        title: null,
        collapseKey: null,
        eventKey: `${event.approved ? 'approved' : 'rejected'}:${event.now.getTime()}`,
      },
    ],
    event.now,
  );
}

/**
 * An expert was invited to answer a question: tells the expert (`invitation`).
 * The inviter is not named. Call inside the inviting transaction.
 */
export async function notifyInvitation(tx: Database, event: { expertId: number; threadId: number; now: Date }): Promise<void> {
  const thread = await loadThread(tx, event.threadId);
  if (!thread) return;
  await deliver(
    tx,
    [
      {
        userId: event.expertId,
        type: 'invitation',
        threadId: event.threadId,
        replyId: null,
        actorLabel: '',
        excerpt: excerptOf(thread.body),
        title: thread.title,
        collapseKey: null,
        eventKey: `thread:${event.threadId}:${event.now.getTime()}`,
      },
    ],
    event.now,
  );
}

/**
 * A moderator acted on a member's thread or reply: tells the author
 * (`moderation`), with the reason. The moderator is not named: the row's
 * actorLabel holds the action (`remove`, `restore`, `approve`, `redact`,
 * `lock`), rendered through the catalog, and the excerpt holds the masked
 * reason. Call inside the moderation transaction.
 */
export async function notifyModeration(
  tx: Database,
  event: { userId: number; threadId: number; replyId: number | null; action: ModerationAction; reason: string; now: Date },
): Promise<void> {
  const thread = await loadThread(tx, event.threadId);
  await deliver(
    tx,
    [
      {
        userId: event.userId,
        type: 'moderation',
        threadId: event.threadId,
        replyId: event.replyId,
        actorLabel: event.action,
        excerpt: excerptOf(maskPersonalData(event.reason).text, 500),
        title: thread?.title ?? null,
        collapseKey: null,
        eventKey: `${event.action}:${event.threadId}:${event.replyId ?? 't'}:${event.now.getTime()}`,
      },
    ],
    event.now,
  );
}

/**
 * A story was published: tells the members following any of its stages
 * (`followed_stage`), once each, never the author and never twice for one
 * thread (a story published after review is announced when approved). Call
 * inside the transaction that publishes the story.
 */
export async function notifyStageFollowers(
  tx: Database,
  event: { threadId: number; stageIds: number[]; actorUserId: number; now: Date },
): Promise<void> {
  if (event.stageIds.length === 0) return;
  const thread = await loadThread(tx, event.threadId);
  if (!thread || thread.status !== 'published') return;
  const followers = await tx
    .selectDistinct({ userId: stageFollows.userId })
    .from(stageFollows)
    .where(
      and(
        inArray(stageFollows.stageId, event.stageIds),
        ne(stageFollows.userId, event.actorUserId),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(notifications)
            .where(
              and(
                eq(notifications.userId, stageFollows.userId),
                eq(notifications.type, 'followed_stage'),
                eq(notifications.threadId, event.threadId),
              ),
            ),
        ),
      ),
    );
  const excerpt = excerptOf(thread.body);
  await deliver(
    tx,
    followers.map(({ userId }) => ({
      userId,
      type: 'followed_stage' as const,
      threadId: event.threadId,
      replyId: null,
      actorLabel: thread.authorLabel,
      excerpt,
      title: thread.title,
      collapseKey: null,
      eventKey: `thread:${event.threadId}`,
    })),
    event.now,
  );
}

/**
 * A post held for review was approved: it is announced now as it would have
 * been when written (a reply to its thread's people, a story to its stages'
 * followers). Call inside the approving transaction.
 */
export async function notifyPostApproved(
  tx: Database,
  event: { target: 'thread' | 'reply'; id: number; now: Date },
): Promise<void> {
  if (event.target === 'thread') {
    const [thread] = await tx.select({ kind: threads.kind, authorId: threads.authorId }).from(threads).where(eq(threads.id, event.id));
    if (!thread || thread.kind !== 'story') return;
    const stageRows = await tx.select({ stageId: threadStages.stageId }).from(threadStages).where(eq(threadStages.threadId, event.id));
    await notifyStageFollowers(tx, {
      threadId: event.id,
      stageIds: stageRows.map((s) => s.stageId),
      actorUserId: thread.authorId,
      now: event.now,
    });
    return;
  }
  const [reply] = await tx
    .select({
      threadId: replies.threadId,
      parentId: replies.parentId,
      authorId: replies.authorId,
      status: replies.status,
      anonymousLabel: replies.anonymousLabel,
      body: replies.body,
      expertCredentialId: replies.expertCredentialId,
      authorName: sql<string | null>`case when ${replies.anonymousLabel} is null then ${users.displayName} end`,
    })
    .from(replies)
    .innerJoin(users, eq(users.id, replies.authorId))
    .where(eq(replies.id, event.id));
  if (!reply || reply.status !== 'published') return;
  await notifyReplyCreated(tx, {
    threadId: reply.threadId,
    replyId: event.id,
    parentReplyId: reply.parentId,
    actor: { userId: reply.authorId, label: actorLabelFor({ anonymousLabel: reply.anonymousLabel, displayName: reply.authorName ?? '' }) },
    excerpt: reply.body,
    isExpertAnswer: reply.expertCredentialId !== null,
    now: event.now,
  });
}

/**
 * A moderator redacted a post: notifications that quote it are rewritten from
 * the redacted text, so what the moderator took out is not kept there. Mail
 * is not rewritten: it leaves within a mailer cycle and cannot be recalled.
 */
export async function refreshNotificationExcerpts(
  tx: Database,
  event: { threadId: number; replyId: number | null; body: string },
): Promise<void> {
  const excerpt = excerptOf(event.body);
  const quoting =
    event.replyId === null
      ? and(eq(notifications.threadId, event.threadId), inArray(notifications.type, ['followed_stage', 'invitation']))
      : and(eq(notifications.replyId, event.replyId), inArray(notifications.type, [...replyTypesByPriority]));
  await tx.update(notifications).set({ excerpt }).where(quoting);
}
