import { and, eq, inArray, sql } from 'drizzle-orm';
import { emailOutbox, notificationPreferences, notifications, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { notificationExcerpt as excerptOf } from './excerpt';
import { immediateMail } from './mail-text';
import { ANONYMOUS_PREFIX } from './present';
import { replyTypesByPriority, type ModerationAction, type NotificationType } from './types';

// Notifications to ONE recipient (an accepted answer, an application's
// decision, an invitation, a moderator's notice) are written INSIDE the
// writer's transaction: one row and perhaps one outbox mail, so they commit or
// roll back with the act that caused them and cost the writer next to nothing.
// Notifications to MANY (a reply's thread author, parent author, @mentioned
// and followers; a story's stage followers) are not written here: the writer
// queues one event (./events.ts) and the outbox worker fans it out afterwards
// (./fan-out.ts), using `deliver` below in short transactions. Nothing here
// does network I/O; the mailer sends outbox rows after the commit.
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

export interface Delivery {
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

/**
 * Writes in-app rows and immediate mails for recipients (each at most once in
 * `deliveries`), honouring each one's preferences, in a few statements
 * whatever the number of recipients.
 */
export async function deliver(tx: Database, deliveries: Delivery[], now: Date): Promise<void> {
  if (deliveries.length === 0) return;
  const prefs = await tx
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, [...new Set(deliveries.map((d) => d.userId))]));
  const prefOf = (d: Delivery) =>
    // A missing preference row is the default: in-app on, mail only in the digest.
    prefs.find((p) => p.userId === d.userId && p.type === d.type) ?? { inApp: true, emailImmediately: false };
  const inApp = deliveries.filter((d) => prefOf(d).inApp);
  const rowOf = (d: Delivery) => ({
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
  });
  const single = inApp.filter((d) => d.collapseKey === null);
  if (single.length) await tx.insert(notifications).values(single.map(rowOf));
  const collapsing = inApp.filter((d) => d.collapseKey !== null);
  if (collapsing.length) {
    // One unread row per (user, thread): a new reply bumps it, shows the latest
    // actor and excerpt, and keeps the most telling type (an expert's answer is
    // not hidden behind "3 new replies"). Each recipient appears once, so no
    // two rows of this statement hit the same unread row.
    await tx
      .insert(notifications)
      .values(collapsing.map(rowOf))
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
  const mailed = deliveries.filter((d) => prefOf(d).emailImmediately);
  if (mailed.length) {
    await tx
      .insert(emailOutbox)
      .values(
        mailed.map((d) => {
          const mail = immediateMail(d);
          return {
            userId: d.userId,
            kind: 'immediate' as const,
            dedupeKey: `immediate:${d.type}:${d.userId}:${d.eventKey}`,
            subject: mail.subject,
            textBody: mail.textBody,
            nextAttemptAt: now,
            createdAt: now,
          };
        }),
      )
      .onConflictDoNothing({ target: emailOutbox.dedupeKey });
  }
}

/** A thread's title, kind, status, author id and author label (anonymous-safe). */
export async function loadThread(tx: Database, threadId: number) {
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
