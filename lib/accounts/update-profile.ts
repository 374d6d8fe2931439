import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { AppError } from '../errors';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { toFieldErrors, type Untrusted } from '../validation';
import { updateProfileSchema, type UpdateProfileInput } from './schemas';

/** Display name (no imitation of the anonymous label or staff titles) and bio, masked before storage. */
export async function updateProfile(db: Database, viewer: Member, input: Untrusted<UpdateProfileInput>): Promise<{ displayName: string }> {
  const parsed = updateProfileSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const displayName = maskPersonalData(parsed.data.displayName).text;
  const bio = maskPersonalData(parsed.data.bio).text;
  await db.update(users).set({ displayName, bio }).where(eq(users.id, viewer.id));
  return { displayName };
}
