import { and, asc, eq, inArray, lt, lte, ne, notExists, sql } from 'drizzle-orm';
import { notificationEvents, notifications, replies, stageFollows, threadFollows, threadStages, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { actorLabelFor, deliver, loadThread, parseMentions, type Delivery } from './emit';
import { notificationExcerpt as excerptOf } from './excerpt';
import { replyTypesByPriority, threadCollapseKey, type ReplyNotificationType } from './types';

// The worker's half of the fan-out (the writer's half is ./events.ts).
//
// Claiming is the outbox's: one UPDATE takes a batch of due events, counts the
// attempt and pushes nextAttemptAt past a lease; its inner SELECT locks with
// FOR UPDATE SKIP LOCKED, so two workers never take the same event.
//
// Exactly once: an event's recipients are told in ascending user id, a chunk
// per short transaction, and each chunk's transaction first moves the
// event's deliveredThroughUserId from the value this worker read to the
// chunk's last recipient. A worker that dies mid-fan-out leaves the marker at
// the last committed chunk, and the next attempt starts after it; a worker
// whose lease ran out and was overtaken finds the marker moved and stops.

type EventRow = typeof notificationEvents.$inferSelect;

export interface FanOutOptions {
  now: Date;
  /** Events claimed per run. */
  limit?: number;
  /** Recipients per transaction. */
  chunkSize?: number;
  /** After this many failed attempts an event is `failed` for good. */
  maxAttempts?: number;
  /** How long a claimed event is hidden from other workers. */
  leaseMs?: number;
  /** Called after each committed chunk (progress logs; tests simulate a crash here). */
  afterChunk?: (progress: { eventId: number; deliveredThroughUserId: number; done: boolean }) => void | Promise<void>;
}

export interface FanOutReport {
  /** Events finished in this run. */
  done: number;
  retrying: number;
  failed: number;
  /** Recipients told in this run. */
  delivered: number;
}

/** 5 s, 10 s, 20 s … after each failure, at most ten minutes. */
export function fanOutRetryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(attempts - 1, 0), 10 * 60_000);
}

/**
 * Who a published reply tells: the thread's author (`reply_to_thread`, or
 * `expert_answer` for an expert's answer to a question), the parent reply's
 * author (`reply_to_reply`), everyone @mentioned (`mention`) and the thread's
 * followers (`followed_thread`). Never the replier; one notification per
 * recipient, the highest-priority type winning. Nobody, if the reply or its
 * thread is no longer published when the event is fanned out.
 */
async function replyDeliveries(db: Database, event: EventRow): Promise<Delivery[]> {
  if (event.replyId === null) return [];
  const [reply] = await db
    .select({
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
    .where(and(eq(replies.id, event.replyId), eq(replies.threadId, event.threadId)));
  if (!reply || reply.status !== 'published') return [];
  const thread = await loadThread(db, event.threadId);
  if (!thread || thread.status !== 'published') return [];

  const recipients = new Map<number, ReplyNotificationType>();
  const offer = (userId: number, type: ReplyNotificationType) => {
    if (userId === reply.authorId) return;
    const current = recipients.get(userId);
    if (!current || replyTypesByPriority.indexOf(type) < replyTypesByPriority.indexOf(current)) recipients.set(userId, type);
  };
  // An expert's answer is a reply carrying a badge (only top-level replies to questions do).
  offer(thread.authorId, reply.expertCredentialId !== null && thread.kind === 'question' ? 'expert_answer' : 'reply_to_thread');
  if (reply.parentId !== null) {
    const [parent] = await db
      .select({ authorId: replies.authorId })
      .from(replies)
      .where(and(eq(replies.id, reply.parentId), eq(replies.threadId, event.threadId)));
    if (parent) offer(parent.authorId, 'reply_to_reply');
  }
  const handles = parseMentions(reply.body);
  if (handles.length) {
    const mentioned = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.handle, handles), eq(users.status, 'active')));
    for (const user of mentioned) offer(user.id, 'mention');
  }
  const followers = await db.select({ userId: threadFollows.userId }).from(threadFollows).where(eq(threadFollows.threadId, event.threadId));
  for (const follower of followers) offer(follower.userId, 'followed_thread');

  const actorLabel = actorLabelFor({ anonymousLabel: reply.anonymousLabel, displayName: reply.authorName ?? '' });
  const excerpt = excerptOf(reply.body);
  return [...recipients].map(([userId, type]) => ({
    userId,
    type,
    threadId: event.threadId,
    replyId: event.replyId,
    actorLabel,
    excerpt,
    title: thread.title,
    collapseKey: threadCollapseKey(event.threadId),
    eventKey: `reply:${event.replyId}`,
  }));
}

/**
 * Who a published thread tells: the members following any of its stages
 * (`followed_stage`), once each, never the author and never twice for one
 * thread.
 */
async function threadDeliveries(db: Database, event: EventRow): Promise<Delivery[]> {
  const thread = await loadThread(db, event.threadId);
  if (!thread || thread.status !== 'published') return [];
  const stageIds = (await db.select({ stageId: threadStages.stageId }).from(threadStages).where(eq(threadStages.threadId, event.threadId))).map(
    (s) => s.stageId,
  );
  if (stageIds.length === 0) return [];
  const followers = await db
    .selectDistinct({ userId: stageFollows.userId })
    .from(stageFollows)
    .where(
      and(
        inArray(stageFollows.stageId, stageIds),
        ne(stageFollows.userId, thread.authorId),
        notExists(
          db
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
  return followers.map(({ userId }) => ({
    userId,
    type: 'followed_stage' as const,
    threadId: event.threadId,
    replyId: null,
    actorLabel: thread.authorLabel,
    excerpt,
    title: thread.title,
    collapseKey: null,
    eventKey: `thread:${event.threadId}`,
  }));
}

/** The worker's marker moved under it: another worker took the event over. */
class Overtaken extends Error {}

/** Tells an event's remaining recipients, a chunk per transaction; returns how many were told. */
async function fanOutEvent(db: Database, event: EventRow, options: Required<Pick<FanOutOptions, 'chunkSize'>> & FanOutOptions): Promise<number> {
  const all = event.type === 'reply_published' ? await replyDeliveries(db, event) : await threadDeliveries(db, event);
  const remaining = all.filter((d) => d.userId > event.deliveredThroughUserId).sort((a, b) => a.userId - b.userId);
  let through = event.deliveredThroughUserId;
  let told = 0;
  for (let start = 0; start === 0 || start < remaining.length; start += options.chunkSize) {
    const chunk = remaining.slice(start, start + options.chunkSize);
    const done = start + options.chunkSize >= remaining.length;
    const next = chunk.at(-1)?.userId ?? through;
    await db.transaction(async (tx) => {
      // Taking the marker first locks the event row for this transaction.
      const [mine] = await tx
        .update(notificationEvents)
        .set({ deliveredThroughUserId: next, ...(done ? { status: 'done' as const, doneAt: options.now, lastError: null } : {}) })
        .where(
          and(eq(notificationEvents.id, event.id), eq(notificationEvents.status, 'pending'), eq(notificationEvents.deliveredThroughUserId, through)),
        )
        .returning({ id: notificationEvents.id });
      if (!mine) throw new Overtaken();
      await deliver(tx, chunk, event.occurredAt);
    });
    through = next;
    told += chunk.length;
    await options.afterChunk?.({ eventId: event.id, deliveredThroughUserId: through, done });
  }
  return told;
}

/**
 * Fans out due notification events: claims up to `limit`, tells each one's
 * recipients in chunks, and marks it done with its last chunk. A failure
 * keeps what was committed, records the error and retries later with
 * backoff, resuming after the last recipient told; after `maxAttempts` the
 * event is `failed`.
 */
export async function fanOutNotificationEvents(db: Database, options: FanOutOptions): Promise<FanOutReport> {
  const { now, limit = 20, chunkSize = 200, maxAttempts = 8, leaseMs = 5 * 60_000 } = options;
  const due = db
    .select({ id: notificationEvents.id })
    .from(notificationEvents)
    .where(and(eq(notificationEvents.status, 'pending'), lte(notificationEvents.nextAttemptAt, now)))
    .orderBy(asc(notificationEvents.nextAttemptAt), asc(notificationEvents.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(notificationEvents)
    .set({ attempts: sql`${notificationEvents.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(and(inArray(notificationEvents.id, due), eq(notificationEvents.status, 'pending'), lte(notificationEvents.nextAttemptAt, now)))
    .returning();
  const report: FanOutReport = { done: 0, retrying: 0, failed: 0, delivered: 0 };
  // In the order they happened, so collapsed rows end on the latest reply.
  for (const event of claimed.sort((a, b) => a.id - b.id)) {
    try {
      report.delivered += await fanOutEvent(db, event, { ...options, chunkSize });
      report.done++;
    } catch (error) {
      if (error instanceof Overtaken) continue;
      const finalFailure = event.attempts >= maxAttempts;
      await db
        .update(notificationEvents)
        .set({
          status: finalFailure ? 'failed' : 'pending',
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + fanOutRetryDelayMs(event.attempts)),
        })
        .where(and(eq(notificationEvents.id, event.id), eq(notificationEvents.status, 'pending')));
      if (finalFailure) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

/** Deletes events fanned out before `before` (they only record progress); failed ones stay for a look. */
export async function pruneNotificationEvents(db: Database, before: Date): Promise<number> {
  const gone = await db
    .delete(notificationEvents)
    .where(and(eq(notificationEvents.status, 'done'), lt(notificationEvents.doneAt, before)))
    .returning({ id: notificationEvents.id });
  return gone.length;
}
