import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { conductEntries } from '@/db/schema';
import type { Member } from '../auth/viewer';

/**
 * The log is private to its owner, moderators and admins included: every
 * read and every write of conduct entries is limited by this condition, so
 * anyone else's entry is simply not found. Deleted entries are gone for the
 * owner too.
 */
export function ownConductEntriesFor(viewer: Member): SQL {
  return and(eq(conductEntries.ownerId, viewer.id), isNull(conductEntries.deletedAt))!;
}
