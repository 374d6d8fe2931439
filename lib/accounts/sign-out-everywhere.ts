import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';

/**
 * Ends every session of the member, this one included: session tokens carry
 * the version they were issued under, and the data-access layer compares it
 * with the row on every request.
 */
export async function signOutEverywhere(db: Database, viewer: Member): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, viewer.id));
}
