import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { appendModerationLog } from './log';
import { canBan } from './policy';
import { banUserSchema, unbanUserSchema } from './schemas';

async function loadTarget(db: Database, userId: number) {
  const [user] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found');
  return user;
}

/**
 * Bans for `days` or permanently. Takes effect on the user's next request:
 * the data-access layer re-reads status on every request, whatever the cookie.
 */
export async function banUser(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ userId: number; reason: string; days: number }>,
  clock: Clock = systemClock,
): Promise<{ bannedUntil: Date | null }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = banUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const target = await loadTarget(db, parsed.data.userId);
  if (!canBan(viewer, target)) throw new AppError('forbidden');
  const now = clock();
  const bannedUntil = parsed.data.days ? new Date(now.getTime() + parsed.data.days * 86_400_000) : null;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ status: 'banned', bannedUntil }).where(eq(users.id, target.id));
    await appendModerationLog(tx, { actorId: viewer.id, action: 'ban', reason: parsed.data.reason, targetUserId: target.id, at: now });
  });
  return { bannedUntil };
}

export async function unbanUser(
  db: Database,
  viewer: Viewer,
  input: Untrusted<{ userId: number; reason: string }>,
  clock: Clock = systemClock,
): Promise<void> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = unbanUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const target = await loadTarget(db, parsed.data.userId);
  if (!canBan(viewer, target)) throw new AppError('forbidden');
  const now = clock();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ status: 'active', bannedUntil: null }).where(eq(users.id, target.id));
    await appendModerationLog(tx, { actorId: viewer.id, action: 'unban', reason: parsed.data.reason, targetUserId: target.id, at: now });
  });
}
