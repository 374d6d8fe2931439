import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { assertCurrentPassword, hashPassword } from './passwords';
import { changePasswordSchema, type ChangePasswordInput } from './schemas';

/**
 * Needs the current password. Bumps the session version, so every other
 * session ends at its next request; the caller issues this session a new
 * token. Returns the new version.
 */
export async function changePassword(db: Database, viewer: Member, input: Untrusted<ChangePasswordInput>): Promise<{ sessionVersion: number }> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  await assertCurrentPassword(db, viewer.id, parsed.data.currentPassword);
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, viewer.id))
    .returning({ sessionVersion: users.sessionVersion });
  if (!row) throw new AppError('unauthenticated');
  return row;
}
