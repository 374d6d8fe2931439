import { eq } from 'drizzle-orm';
import { threadRevisions, threads, threadStages, timelineEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { screenPost } from '../moderation/screen-post';
import { searchTextOf } from '../search/segment';
import { notificationEventsCommitted, queueNotificationEvent } from '../notifications/events';
import { followOwnThread } from '../notifications/follows';
import { defaultSettings, type ForumSettings } from '../settings';
import { toFieldErrors, type Untrusted } from '../validation';
import { canCreatePost } from './policy';
import { pseudonymFor } from './pseudonym';
import { createStorySchema, type CreateStoryInput } from './schemas';
import { resolveStoryFields, type ResolvedStoryFields } from './story-fields';
import { cookBody } from '../markdown/cook';

export interface CreatedThread {
  id: number;
  title: string;
  /** 'pending' when the post waits for a moderator. */
  status: 'published' | 'pending' | 'removed' | 'deleted';
}

/** Every free-text field of a story, as screened before masking. */
export function storyTexts(fields: { title: string; body: string; lenderOther?: string; timeline: { note: string }[] }) {
  return [
    { field: 'title', value: fields.title },
    { field: 'body', value: fields.body },
    ...(fields.lenderOther ? [{ field: 'lenderOther', value: fields.lenderOther }] : []),
    ...fields.timeline.map((entry, i) => ({ field: `timeline.${i}.note`, value: entry.note })),
  ];
}

export async function createStory(
  db: Database,
  viewer: Viewer,
  input: Untrusted<CreateStoryInput>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
): Promise<CreatedThread> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = createStorySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  if (!canCreatePost(viewer)) throw new AppError('forbidden');
  const now = clock();
  const screening = await screenPost(db, viewer, storyTexts(parsed.data), now, settings);
  const fields = await resolveStoryFields(db, parsed.data);

  const cooked = cookBody(fields.body);
  const created = await db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(threads)
      .values({
        kind: 'story',
        authorId: viewer.id,
        title: fields.title,
        body: fields.body,
        ...cooked,
        outcomeId: fields.outcomeId,
        lenderId: fields.lenderId,
        lenderOther: fields.lenderOther,
        amountBandId: fields.amountBandId,
        monthsOverdue: fields.monthsOverdue,
        isSettled: fields.isSettled,
        searchText: searchTextOf([fields.title, fields.body, fields.lenderOther]),
        status: screening.status,
        pendingReason: screening.pendingReason,
        createdAt: now,
        bumpedAt: now,
      })
      .returning({ id: threads.id, title: threads.title, status: threads.status });
    const id = thread!.id;
    if (parsed.data.anonymous) {
      const label = await pseudonymFor(tx, id, viewer.id);
      await tx.update(threads).set({ anonymousLabel: label }).where(eq(threads.id, id));
    }
    await writeStoryChildren(tx, id, fields);
    await tx.insert(threadRevisions).values({
      threadId: id,
      revision: 1,
      title: fields.title,
      body: fields.body,
      editorId: viewer.id,
      createdAt: now,
    });
    // Authors follow their own threads; stage followers hear of it once it is public.
    await followOwnThread(tx, viewer.id, id, now);
    if (thread!.status === 'published') await queueNotificationEvent(tx, { type: 'thread_published', threadId: id, now });
    return thread!;
  });
  if (created.status === 'published') {
    notificationEventsCommitted();
    aggregatesChanged(db, 'stories');
  }
  return created;
}

/** Stages and timeline rows of a story; edit replaces them wholesale. */
export async function writeStoryChildren(tx: Database, threadId: number, fields: ResolvedStoryFields): Promise<void> {
  await tx.insert(threadStages).values(fields.stageIds.map((stageId) => ({ threadId, stageId })));
  if (fields.timeline.length) {
    await tx
      .insert(timelineEntries)
      .values(fields.timeline.map((entry, position) => ({ threadId, position, ...entry })));
  }
}
