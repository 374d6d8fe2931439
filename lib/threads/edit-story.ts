import { eq, sql } from 'drizzle-orm';
import { threadRevisions, threads, threadStages, timelineEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { storyTexts, writeStoryChildren } from './create-story';
import { screenPost } from '../moderation/screen-post';
import { searchTextOf } from '../search/segment';
import { defaultSettings, type ForumSettings } from '../settings';
import { getThreadForWrite } from './load-for-write';
import { canEditPost } from './policy';
import { editStorySchema, type EditStoryInput } from './schemas';
import { resolveStoryFields } from './story-fields';
import { cookBody } from '../markdown/cook';

/** Replaces a story's fields and keeps the previous text as a revision. */
export async function editStory(
  db: Database,
  viewer: Viewer,
  input: Untrusted<EditStoryInput>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
): Promise<{ id: number; title: string; revision: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = editStorySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const thread = await getThreadForWrite(db, viewer, parsed.data.threadId);
  if (thread.kind !== 'story') throw new AppError('not_found');
  if (!canEditPost(viewer, thread)) throw new AppError(thread.authorId === viewer.id ? 'gone' : 'forbidden');
  const now = clock();
  const screening = await screenPost(db, viewer, storyTexts(parsed.data), now, settings);
  const fields = await resolveStoryFields(db, parsed.data);

  const cooked = cookBody(fields.body);
  const edited = await db.transaction(async (tx) => {
    // The counter is bumped in SQL so two concurrent edits get distinct
    // revision numbers (the unique index refuses a duplicate).
    const [updated] = await tx
      .update(threads)
      .set({
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
        editedAt: now,
        revisionCount: sql`${threads.revisionCount} + 1`,
        // An edit can turn a published story into solicitation; it never
        // releases a post a moderator is holding.
        ...(screening.status === 'pending' ? { status: 'pending' as const, pendingReason: screening.pendingReason } : {}),
      })
      .where(eq(threads.id, thread.id))
      .returning({ id: threads.id, title: threads.title, revision: threads.revisionCount });
    await tx.delete(threadStages).where(eq(threadStages.threadId, thread.id));
    await tx.delete(timelineEntries).where(eq(timelineEntries.threadId, thread.id));
    await writeStoryChildren(tx, thread.id, fields);
    await tx.insert(threadRevisions).values({
      threadId: thread.id,
      revision: updated!.revision,
      title: fields.title,
      body: fields.body,
      editorId: viewer.id,
      createdAt: now,
    });
    return updated!;
  });
  // Outcome, lender, stages or months may have changed: /insights counts them.
  aggregatesChanged(db, 'stories');
  return edited;
}
