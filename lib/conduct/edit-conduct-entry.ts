import { and, eq } from 'drizzle-orm';
import { conductEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { resolveConductEntryFields } from './entry-fields';
import { editConductEntrySchema, type EditConductEntryInput } from './schemas';
import { ownConductEntriesFor } from './visibility';

/** Replaces the fields of one entry of the viewer's own log; anyone else's is not_found. */
export async function editConductEntry(
  db: Database,
  viewer: Viewer,
  input: Untrusted<EditConductEntryInput>,
  clock: Clock = systemClock,
): Promise<{ id: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = editConductEntrySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { entryId, ...fields } = parsed.data;
  const [existing] = await db
    .select({ id: conductEntries.id })
    .from(conductEntries)
    .where(and(eq(conductEntries.id, entryId), ownConductEntriesFor(viewer)));
  if (!existing) throw new AppError('not_found');
  const now = clock();
  const values = await resolveConductEntryFields(db, viewer, fields, now);
  // Ownership is part of the write's condition: no row of another member can match.
  const [row] = await db
    .update(conductEntries)
    .set({ ...values, updatedAt: now })
    .where(and(eq(conductEntries.id, entryId), ownConductEntriesFor(viewer)))
    .returning({ id: conductEntries.id });
  if (!row) throw new AppError('not_found');
  aggregatesChanged(db, 'conduct');
  return row;
}
