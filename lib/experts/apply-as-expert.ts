import { and, eq } from 'drizzle-orm';
import { expertApplications, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { loadTaxonomy } from '../taxonomy/queries';
import { toFieldErrors, type Untrusted } from '../validation';
import { applySchema, type ApplyInput } from './schemas';

/** A member asks to be verified; also how an expert renews before or after expiry. */
export async function applyAsExpert(
  db: Database,
  viewer: Viewer,
  input: Untrusted<ApplyInput>,
  clock: Clock = systemClock,
): Promise<{ id: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = applySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const taxonomy = await loadTaxonomy(db);
  const stageIds = [...new Set(parsed.data.stageIds)];
  if (stageIds.some((id) => !taxonomy.stages.some((s) => s.id === id))) {
    throw new AppError('invalid_input', { stageIds: ['unknown_option'] });
  }
  return db.transaction(async (tx) => {
    // One open application per member: the member's row is locked before the
    // check, so two parallel submissions cannot both find none pending.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, viewer.id)).for('update');
    const [pending] = await tx
      .select({ id: expertApplications.id })
      .from(expertApplications)
      .where(and(eq(expertApplications.userId, viewer.id), eq(expertApplications.status, 'pending')));
    if (pending) throw new AppError('conflict', { _form: ['application_pending'] });

    const [row] = await tx
      .insert(expertApplications)
      .values({
        userId: viewer.id,
        profession: parsed.data.profession,
        professionOther: maskPersonalData(parsed.data.professionOther).text,
        yearsOfPractice: parsed.data.yearsOfPractice,
        licenceNumber: parsed.data.licenceNumber,
        requestedStageIds: stageIds,
        hasCommercialInterest: parsed.data.hasCommercialInterest,
        interestStatement: maskPersonalData(parsed.data.interestStatement).text,
        createdAt: clock(),
      })
      .returning({ id: expertApplications.id });
    return row!;
  });
}
