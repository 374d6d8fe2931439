import { eq, sql } from 'drizzle-orm';
import { replies, replyRevisions } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { screenPost } from '../moderation/screen-post';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { searchTextOf } from '../search/segment';
import { defaultSettings, type ForumSettings } from '../settings';
import { canEditPost } from '../threads/policy';
import { toFieldErrors, type Untrusted } from '../validation';
import { getReplyForWrite } from './load-for-write';
import { editReplySchema, type EditReplyInput } from './schemas';
import { cookBody } from '../markdown/cook';

export async function editReply(
  db: Database,
  viewer: Viewer,
  input: Untrusted<EditReplyInput>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
): Promise<{ id: number; threadId: number; revision: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = editReplySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const reply = await getReplyForWrite(db, viewer, parsed.data.replyId);
  if (!canEditPost(viewer, reply)) throw new AppError(reply.authorId === viewer.id ? 'gone' : 'forbidden');
  const now = clock();
  const screening = await screenPost(db, viewer, [{ field: 'body', value: parsed.data.body }], now, settings);
  const body = maskPersonalData(parsed.data.body).text;
  const searchText = searchTextOf([body]);
  const cooked = cookBody(body);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(replies)
      .set({
        body,
        ...cooked,
        searchText,
        editedAt: now,
        revisionCount: sql`${replies.revisionCount} + 1`,
        ...(screening.status === 'pending' ? { status: 'pending' as const, pendingReason: screening.pendingReason } : {}),
      })
      .where(eq(replies.id, reply.id))
      .returning({ id: replies.id, threadId: replies.threadId, revision: replies.revisionCount });
    await tx
      .insert(replyRevisions)
      .values({ replyId: reply.id, revision: updated!.revision, body, editorId: viewer.id, createdAt: now });
    return updated!;
  });
}
