import { and, eq } from 'drizzle-orm';
import { expertApplications, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { appendModerationLog } from '../moderation/log';
import { notifyApplicationDecided } from '../notifications/emit';
import { loadTaxonomy } from '../taxonomy/queries';
import { toFieldErrors, type Untrusted } from '../validation';
import { canDecideApplication } from './policy';
import { decideSchema } from './schemas';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Approve with a scope and an expiry (default twelve months), or reject with
 * a reason the applicant sees. Logged with the moderation log, in one transaction.
 */
export async function decideApplication(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ applicationId: number; decision: string; scopeStageIds: number[]; expiresOn: string; reason: string }>,
  clock: Clock = systemClock,
): Promise<{ status: 'approved' | 'rejected'; expiresAt: Date | null }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = decideSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const [application] = await db.select().from(expertApplications).where(eq(expertApplications.id, parsed.data.applicationId));
  if (!application) throw new AppError('not_found');
  if (!canDecideApplication(viewer, application)) throw new AppError('forbidden');
  if (application.status !== 'pending') throw new AppError('conflict', { _form: ['wrong_state'] });
  const now = clock();
  const approve = parsed.data.decision === 'approve';

  let expiresAt: Date | null = null;
  let scope: number[] = [];
  if (approve) {
    expiresAt = parsed.data.expiresOn ? new Date(`${parsed.data.expiresOn}T23:59:59+08:00`) : new Date(now.getTime() + YEAR_MS);
    if (Number.isNaN(expiresAt.getTime())) throw new AppError('invalid_input', { expiresOn: ['invalid_date'] });
    if (expiresAt <= now) throw new AppError('invalid_input', { expiresOn: ['date_in_past'] });
    const taxonomy = await loadTaxonomy(db);
    scope = [...new Set(parsed.data.scopeStageIds.length ? parsed.data.scopeStageIds : application.requestedStageIds)];
    if (scope.some((id) => !taxonomy.stages.some((s) => s.id === id))) {
      throw new AppError('invalid_input', { scopeStageIds: ['unknown_option'] });
    }
  } else if (!parsed.data.reason) {
    throw new AppError('invalid_input', { reason: ['required'] });
  }

  await db.transaction(async (tx) => {
    // Guarded in SQL: of two moderators deciding at once, one wins and the
    // other gets `conflict` (no second log entry, no second notification).
    const decided = await tx
      .update(expertApplications)
      .set({
        status: approve ? 'approved' : 'rejected',
        decidedById: viewer.id,
        decidedAt: now,
        decisionReason: parsed.data.reason,
        scopeStageIds: scope,
        expiresAt,
      })
      .where(and(eq(expertApplications.id, application.id), eq(expertApplications.status, 'pending')))
      .returning({ id: expertApplications.id });
    if (!decided.length) throw new AppError('conflict', { _form: ['wrong_state'] });
    if (approve) {
      // The role marks "has been verified" for the directory; whether a badge
      // is current is always read from the credential's expiry.
      const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, application.userId));
      if (user?.role === 'member') await tx.update(users).set({ role: 'expert' }).where(eq(users.id, application.userId));
    }
    await appendModerationLog(tx, {
      actorId: viewer.id,
      action: approve ? 'approve_expert' : 'reject_expert',
      reason: parsed.data.reason || (approve ? '—' : ''),
      targetUserId: application.userId,
      applicationId: application.id,
      at: now,
    });
    await notifyApplicationDecided(tx, { userId: application.userId, approved: approve, now });
  });
  return { status: approve ? 'approved' : 'rejected', expiresAt };
}
