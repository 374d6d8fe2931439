import { and, isNotNull, ne, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import { queueAccountMail } from './account-mail';
import { createAccountToken } from './account-tokens';

/**
 * A member named an address (at sign-up or in settings). If another account
 * has verified it, that account's owner is told by mail and nothing else
 * happens; otherwise a verification link goes to the address. Either way the
 * caller answers the same, so the form never tells who is a member.
 */
export async function offerAddress(tx: Database, input: { userId: number; email: string; now: Date }): Promise<void> {
  const [holder] = await tx
    .select({ id: users.id, handle: users.handle })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${input.email}`, isNotNull(users.emailVerifiedAt), ne(users.id, input.userId)));
  if (holder) {
    await queueAccountMail(tx, { userId: holder.id, mail: 'alreadyRegistered', values: { handle: holder.handle }, now: input.now });
    return;
  }
  const token = await createAccountToken(tx, { userId: input.userId, purpose: 'verify_email', email: input.email, now: input.now });
  await queueAccountMail(tx, { userId: input.userId, toAddress: input.email, mail: 'verifyEmail', values: { token }, now: input.now });
}
