import { eq, sql } from 'drizzle-orm';
import { threadRevisions, threads, threadStages } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { screenPost } from '../moderation/screen-post';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { defaultSettings, type ForumSettings } from '../settings';
import { loadTaxonomy } from '../taxonomy/queries';
import type { CreatedThread } from '../threads/create-story';
import { notificationEventsCommitted, queueNotificationEvent } from '../notifications/events';
import { followOwnThread } from '../notifications/follows';
import { searchTextOf } from '../search/segment';
import { pseudonymFor } from '../threads/pseudonym';
import { toFieldErrors, type Untrusted } from '../validation';
import { createQuestionSchema, editQuestionSchema, type CreateQuestionInput, type EditQuestionInput } from './schemas';
import { getThreadForWrite } from '../threads/load-for-write';
import { canEditPost } from '../threads/policy';
import { cookBody } from '../markdown/cook';

/** The free text of a question, as screened before masking. */
function questionTexts(fields: { title: string; body: string }) {
  return [
    { field: 'title', value: fields.title },
    { field: 'body', value: fields.body },
  ];
}

async function checkStages(db: Database, stageIds: number[]): Promise<number[]> {
  const taxonomy = await loadTaxonomy(db);
  const unique = [...new Set(stageIds)];
  if (unique.some((id) => !taxonomy.stages.some((s) => s.id === id))) {
    throw new AppError('invalid_input', { stageIds: ['unknown_option'] });
  }
  return taxonomy.stages.filter((s) => unique.includes(s.id)).map((s) => s.id);
}

/** A question for experts and members: title, markdown body, the stages it concerns. */
export async function createQuestion(
  db: Database,
  viewer: Viewer,
  input: Untrusted<CreateQuestionInput>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
): Promise<CreatedThread> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = createQuestionSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const now = clock();
  const screening = await screenPost(db, viewer, questionTexts(parsed.data), now, settings);
  const stageIds = await checkStages(db, parsed.data.stageIds);
  const title = maskPersonalData(parsed.data.title).text;
  const body = maskPersonalData(parsed.data.body).text;
  const cooked = cookBody(body);

  const created = await db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(threads)
      .values({
        kind: 'question',
        authorId: viewer.id,
        title,
        body,
        ...cooked,
        searchText: searchTextOf([title, body]),
        status: screening.status,
        pendingReason: screening.pendingReason,
        createdAt: now,
        bumpedAt: now,
      })
      .returning({ id: threads.id, title: threads.title, status: threads.status });
    if (parsed.data.anonymous) {
      const label = await pseudonymFor(tx, thread!.id, viewer.id);
      await tx.update(threads).set({ anonymousLabel: label }).where(eq(threads.id, thread!.id));
    }
    await tx.insert(threadStages).values(stageIds.map((stageId) => ({ threadId: thread!.id, stageId })));
    await tx.insert(threadRevisions).values({ threadId: thread!.id, revision: 1, title, body, editorId: viewer.id, createdAt: now });
    await followOwnThread(tx, viewer.id, thread!.id, now);
    if (screening.status === 'published') await queueNotificationEvent(tx, { type: 'thread_published', threadId: thread!.id, now });
    return thread!;
  });
  if (created.status === 'published') notificationEventsCommitted();
  return created;
}

/** The asker edits their question; every version is kept. */
export async function editQuestion(
  db: Database,
  viewer: Viewer,
  input: Untrusted<EditQuestionInput>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
): Promise<{ id: number; title: string; revision: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = editQuestionSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const thread = await getThreadForWrite(db, viewer, parsed.data.threadId);
  if (thread.kind !== 'question') throw new AppError('not_found');
  if (!canEditPost(viewer, thread)) throw new AppError(thread.authorId === viewer.id ? 'gone' : 'forbidden');
  const now = clock();
  const screening = await screenPost(db, viewer, questionTexts(parsed.data), now, settings);
  const stageIds = await checkStages(db, parsed.data.stageIds);
  const title = maskPersonalData(parsed.data.title).text;
  const body = maskPersonalData(parsed.data.body).text;
  const cooked = cookBody(body);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(threads)
      .set({
        title,
        body,
        ...cooked,
        searchText: searchTextOf([title, body]),
        editedAt: now,
        revisionCount: sql`${threads.revisionCount} + 1`,
        ...(screening.status === 'pending' ? { status: 'pending' as const, pendingReason: screening.pendingReason } : {}),
      })
      .where(eq(threads.id, thread.id))
      .returning({ id: threads.id, title: threads.title, revision: threads.revisionCount });
    await tx.delete(threadStages).where(eq(threadStages.threadId, thread.id));
    await tx.insert(threadStages).values(stageIds.map((stageId) => ({ threadId: thread.id, stageId })));
    await tx.insert(threadRevisions).values({ threadId: thread.id, revision: updated!.revision, title, body, editorId: viewer.id, createdAt: now });
    return updated!;
  });
}
