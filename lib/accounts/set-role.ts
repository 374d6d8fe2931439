import { and, isNull, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Role } from '../auth/viewer';
import { AppError } from '../errors';
import { handleSchema } from './schemas';

/**
 * The operator's command line (`npm run admin -- promote <handle>`) is the
 * only way to make an admin: no e-mail match, no sign-up flag. Demoting makes
 * the account a plain member. Returns the role before and after.
 */
export async function setRoleByHandle(db: Database, handle: string, role: Extract<Role, 'admin' | 'member'>): Promise<{ handle: string; before: Role; after: Role }> {
  const parsed = handleSchema.safeParse(handle);
  if (!parsed.success) throw new AppError('invalid_input', { handle: ['invalid_handle'] });
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, role: users.role, handle: users.handle })
      .from(users)
      .where(and(sql`lower(${users.handle}) = ${parsed.data}`, isNull(users.deletedAt)))
      .for('update');
    if (!user) throw new AppError('not_found');
    await tx.update(users).set({ role }).where(sql`${users.id} = ${user.id}`);
    return { handle: user.handle, before: user.role, after: role };
  });
}
