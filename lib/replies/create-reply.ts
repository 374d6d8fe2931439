import { eq, sql } from 'drizzle-orm';
import { replies, replyRevisions, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError, isAppError } from '../errors';
import { refreshExpertAnswerCount } from '../experts/answer-count';
import { findCurrentCredential } from '../experts/credentials';
import { screenPost } from '../moderation/screen-post';
import { notificationEventsCommitted, queueNotificationEvent } from '../notifications/events';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { searchTextOf } from '../search/segment';
import { defaultSettings, type ForumSettings } from '../settings';
import { getThreadForWrite } from '../threads/load-for-write';
import { canReplyTo } from '../threads/policy';
import { pseudonymFor, randomLabel, type LabelGenerator } from '../threads/pseudonym';
import { toFieldErrors, type Untrusted } from '../validation';
import { getReplyForWrite } from './load-for-write';
import { createReplySchema, type CreateReplyInput } from './schemas';
import { cookBody } from '../markdown/cook';

export interface CreatedReply {
  id: number;
  threadId: number;
  depth: number;
  status: 'published' | 'pending' | 'removed' | 'deleted';
}

/** A reply to the thread, or to any reply of the same thread at any depth. */
export async function createReply(
  db: Database,
  viewer: Viewer,
  input: Untrusted<CreateReplyInput>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
  /** Where anonymous labels come from; tests pass a seeded one to force collisions. */
  labels: LabelGenerator = randomLabel,
): Promise<CreatedReply> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = createReplySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { threadId, parentId, anonymous } = parsed.data;

  const thread = await getThreadForWrite(db, viewer, threadId);
  if (!canReplyTo(viewer, thread)) throw new AppError(thread.lockedAt ? 'thread_locked' : thread.status === 'published' ? 'forbidden' : 'gone');

  let depth = 0;
  let rootId: number | null = null;
  if (parentId !== undefined) {
    // Only a miss is the form's fault; any other failure (the database going
    // away) must surface as itself, not as "unknown parent".
    const parent = await getReplyForWrite(db, viewer, parentId).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'not_found') return null;
      throw error;
    });
    // A parent from another thread is bad input, not a lookup miss: the form
    // was tampered with or is stale.
    if (!parent || parent.threadId !== threadId) {
      throw new AppError('invalid_input', { parentId: ['unknown_parent'] });
    }
    if (parent.status !== 'published') throw new AppError('gone');
    depth = parent.depth + 1;
    rootId = parent.rootId ?? parent.id;
  }

  const now = clock();
  const screening = await screenPost(db, viewer, [{ field: 'body', value: parsed.data.body }], now, settings);
  const body = maskPersonalData(parsed.data.body).text;
  const searchText = searchTextOf([body]);
  const cooked = cookBody(body);
  // The server alone decides what is an expert answer: a top-level reply to a
  // question by someone whose badge is current right now. Anonymous replies
  // carry no badge (a badge would identify the author).
  const credential =
    thread.kind === 'question' && depth === 0 && !anonymous ? await findCurrentCredential(db, viewer.id, now) : null;
  const created = await db.transaction(async (tx) => {
    const anonymousLabel = anonymous ? await pseudonymFor(tx, threadId, viewer.id, labels) : null;
    const [reply] = await tx
      .insert(replies)
      .values({
        threadId,
        parentId: parentId ?? null,
        rootId,
        depth,
        authorId: viewer.id,
        anonymousLabel,
        body,
        ...cooked,
        searchText,
        status: screening.status,
        pendingReason: screening.pendingReason,
        expertCredentialId: credential?.id ?? null,
        createdAt: now,
      })
      .returning({ id: replies.id, threadId: replies.threadId, depth: replies.depth, status: replies.status });
    await tx.insert(replyRevisions).values({ replyId: reply!.id, revision: 1, body, editorId: viewer.id, createdAt: now });
    await tx
      .update(threads)
      .set({
        replyCount: sql`${threads.replyCount} + 1`,
        bumpedAt: now,
      })
      .where(eq(threads.id, threadId));
    if (credential) await refreshExpertAnswerCount(tx, threadId);
    // A reply held for review tells nobody until a moderator approves it.
    // The thread's people are told by the outbox worker, not in this
    // transaction: a thread with thousands of followers costs one row here.
    if (reply!.status === 'published') {
      await queueNotificationEvent(tx, { type: 'reply_published', threadId, replyId: reply!.id, now });
    }
    return reply!;
  });
  if (created.status === 'published') notificationEventsCommitted();
  return created;
}
