import { count, eq } from 'drizzle-orm';
import { conductEntries, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { MAX_CONDUCT_ENTRIES } from './check-conduct';
import { resolveConductEntryFields } from './entry-fields';
import { createConductEntrySchema, type CreateConductEntryInput } from './schemas';
import { ownConductEntriesFor } from './visibility';

/** Adds one contact to the viewer's private log. */
export async function createConductEntry(
  db: Database,
  viewer: Viewer,
  input: Untrusted<CreateConductEntryInput>,
  clock: Clock = systemClock,
): Promise<{ id: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = createConductEntrySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const now = clock();
  const values = await resolveConductEntryFields(db, viewer, parsed.data, now);

  const created = await db.transaction(async (tx) => {
    // The owner's row is locked before counting, so parallel submissions are
    // counted one after the other and cannot pass the cap together.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, viewer.id)).for('update');
    // The check reads a whole log at once; a log that size is a script, not a person.
    const [logged] = await tx.select({ n: count() }).from(conductEntries).where(ownConductEntriesFor(viewer));
    if ((logged?.n ?? 0) >= MAX_CONDUCT_ENTRIES) {
      throw new AppError('invalid_input', { _form: [`too_many:${MAX_CONDUCT_ENTRIES}`] });
    }
    const [row] = await tx
      .insert(conductEntries)
      .values({ ...values, ownerId: viewer.id, createdAt: now, updatedAt: now })
      .returning({ id: conductEntries.id });
    return row!;
  });
  aggregatesChanged(db, 'conduct');
  return created;
}
