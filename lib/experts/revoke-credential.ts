import { eq } from 'drizzle-orm';
import { expertApplications } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { appendModerationLog } from '../moderation/log';
import { toFieldErrors, type Untrusted } from '../validation';
import { canDecideApplication } from './policy';
import { revokeSchema } from './schemas';

/** Ends a badge early (e.g. an undeclared conflict of interest came to light). */
export async function revokeCredential(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ applicationId: number; reason: string }>,
  clock: Clock = systemClock,
): Promise<void> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = revokeSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const [credential] = await db.select().from(expertApplications).where(eq(expertApplications.id, parsed.data.applicationId));
  if (!credential) throw new AppError('not_found');
  if (!canDecideApplication(viewer, credential)) throw new AppError('forbidden');
  if (credential.status !== 'approved') throw new AppError('conflict', { _form: ['wrong_state'] });
  const now = clock();
  await db.transaction(async (tx) => {
    await tx.update(expertApplications).set({ status: 'revoked', decidedById: viewer.id, decidedAt: now, decisionReason: parsed.data.reason }).where(eq(expertApplications.id, credential.id));
    await appendModerationLog(tx, {
      actorId: viewer.id,
      action: 'revoke_expert',
      reason: parsed.data.reason,
      targetUserId: credential.userId,
      applicationId: credential.id,
      at: now,
    });
  });
}
