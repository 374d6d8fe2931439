import { and, eq, isNull } from 'drizzle-orm';
import { accountTokens, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { offerAddress } from './offer-address';
import { assertCurrentPassword } from './passwords';
import { changeEmailSchema, type ChangeEmailInput } from './schemas';

/**
 * Needs the current password. An empty address removes the current one (and
 * any pending link). A new address is verified like at sign-up: the current
 * address stays until the link is opened, and the answer is the same whether
 * or not the address belongs to someone else.
 */
export async function changeEmail(
  db: Database,
  viewer: Member,
  input: Untrusted<ChangeEmailInput>,
  clock: Clock = systemClock,
): Promise<{ removed: boolean }> {
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  await assertCurrentPassword(db, viewer.id, parsed.data.currentPassword);
  const now = clock();
  const { email } = parsed.data;
  await db.transaction(async (tx) => {
    await tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(and(eq(accountTokens.userId, viewer.id), eq(accountTokens.purpose, 'verify_email'), isNull(accountTokens.usedAt)));
    if (!email) {
      await tx.update(users).set({ email: null, emailVerifiedAt: null }).where(eq(users.id, viewer.id));
      return;
    }
    const [current] = await tx.select({ email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, viewer.id));
    if (current?.email === email && current.verifiedAt) return;
    await offerAddress(tx, { userId: viewer.id, email, now });
  });
  return { removed: !email };
}
