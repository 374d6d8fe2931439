import { and, eq } from 'drizzle-orm';
import { conductEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors } from '../validation';
import { conductEntryIdSchema } from './schemas';
import { ownConductEntriesFor } from './visibility';

/**
 * The owner withdraws one entry (soft: the row stays, marked deleted, and
 * no read returns it again). Anyone else's entry, or one already deleted, is
 * not_found.
 */
export async function deleteConductEntry(
  db: Database,
  viewer: Viewer,
  input: { entryId: unknown },
  clock: Clock = systemClock,
): Promise<{ id: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = conductEntryIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const now = clock();
  const [row] = await db
    .update(conductEntries)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(eq(conductEntries.id, parsed.data.entryId), ownConductEntriesFor(viewer)))
    .returning({ id: conductEntries.id });
  if (!row) throw new AppError('not_found');
  aggregatesChanged(db, 'conduct');
  return row;
}
