import { eq } from 'drizzle-orm';
import { questionInvitations, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { notifyInvitation } from '../notifications/emit';
import { stagesOf } from '../threads/list-stories';
import { getThreadForWrite } from '../threads/load-for-write';
import { toFieldErrors, type Untrusted } from '../validation';
import { coversAnyStage, currentCredentialsOf } from './credentials';
import { canInviteExperts, MAX_INVITATIONS } from './policy';
import { inviteSchema } from './schemas';

/**
 * The asker invites up to three experts listed for the question's stages.
 * Each invitee must hold a current badge whose scope covers one of them.
 */
export async function inviteExperts(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ threadId: number; expertIds: number[] }>,
  clock: Clock = systemClock,
): Promise<{ invited: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const question = await getThreadForWrite(db, viewer, parsed.data.threadId);
  if (question.kind !== 'question') throw new AppError('not_found');
  if (!canInviteExperts(viewer, question)) throw new AppError('forbidden');
  if (question.status !== 'published') throw new AppError('gone');
  const now = clock();
  const expertIds = [...new Set(parsed.data.expertIds)];
  const [stageMap, credentials] = await Promise.all([stagesOf(db, [question.id]), currentCredentialsOf(db, expertIds, now)]);
  const stageIds = stageMap.get(question.id) ?? [];
  const eligible = (id: number) => credentials.some((c) => c.userId === id && coversAnyStage(c, stageIds));
  return db.transaction(async (tx) => {
    // The question's row is locked before counting, so two invitations sent
    // at once are counted one after the other and cannot pass three together
    // (under READ COMMITTED a plain re-count would not see the other's rows).
    await tx.select({ id: threads.id }).from(threads).where(eq(threads.id, question.id)).for('update');
    const existing = await tx
      .select({ expertId: questionInvitations.expertId })
      .from(questionInvitations)
      .where(eq(questionInvitations.threadId, question.id));
    const fresh = expertIds.filter((id) => !existing.some((e) => e.expertId === id));
    if (existing.length + fresh.length > MAX_INVITATIONS) {
      throw new AppError('invalid_input', { expertIds: [`too_many:${MAX_INVITATIONS}`] });
    }
    if (fresh.some((id) => !eligible(id) || id === viewer.id)) {
      throw new AppError('invalid_input', { expertIds: ['not_an_expert_for_stage'] });
    }
    if (!fresh.length) return { invited: 0 };
    await tx
      .insert(questionInvitations)
      .values(fresh.map((expertId) => ({ threadId: question.id, expertId, invitedById: viewer.id, createdAt: now })));
    for (const expertId of fresh) await notifyInvitation(tx, { expertId, threadId: question.id, now });
    return { invited: fresh.length };
  });
}
