import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { accountTokens, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { consumeAccountToken } from './account-tokens';
import { tokenSchema } from './schemas';

const invalidLink = () => new AppError('invalid_input', { token: ['link_invalid'] });

/**
 * Opens a verification link: the address becomes the account's, verified.
 * The link is the proof (it reached the mailbox), so no sign-in is needed.
 * An address someone else verified meanwhile is refused; an old unverified
 * copy of it on another account (from before verification existed) is
 * released, since whoever reads the mailbox owns the address.
 */
export async function verifyEmail(db: Database, input: { token?: unknown }, clock: Clock = systemClock): Promise<{ email: string }> {
  const parsed = tokenSchema.safeParse(input.token);
  if (!parsed.success) throw invalidLink();
  const now = clock();
  return db.transaction(async (tx) => {
    const spent = await consumeAccountToken(tx, parsed.data, 'verify_email', now);
    if (!spent?.email) throw invalidLink();
    const email = spent.email;
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${email}`, isNotNull(users.emailVerifiedAt), ne(users.id, spent.userId)));
    if (owner) throw invalidLink();
    await tx
      .update(users)
      .set({ email: null })
      .where(and(sql`lower(${users.email}) = ${email}`, isNull(users.emailVerifiedAt), ne(users.id, spent.userId)));
    const updated = await tx
      .update(users)
      .set({ email, emailVerifiedAt: now })
      .where(and(eq(users.id, spent.userId), isNull(users.deletedAt)))
      .returning({ id: users.id });
    if (!updated.length) throw invalidLink();
    // Other pending links for this account are void once one address is verified.
    await tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(and(eq(accountTokens.userId, spent.userId), eq(accountTokens.purpose, 'verify_email'), isNull(accountTokens.usedAt)));
    return { email };
  });
}
