import { sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { toFieldErrors, type Untrusted } from '../validation';
import { offerAddress } from './offer-address';
import { hashPassword } from './passwords';
import { signUpSchema, type SignUpInput } from './schemas';

export interface RegisterOptions {
  clock?: Clock;
}

/**
 * A new account: a handle and a password, an e-mail only if given. The
 * address is not stored on the account until its owner opens the link sent
 * to it, and the answer is the same whether or not the address already
 * belongs to someone (membership of a debt forum is itself sensitive): the
 * owner of a registered address is told by mail instead of the registrant.
 * Only a taken handle is reported, since handles are public anyway.
 */
export async function registerUser(db: Database, input: Untrusted<SignUpInput>, options: RegisterOptions = {}): Promise<Member> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { email, handle, password } = parsed.data;
  const displayName = maskPersonalData(parsed.data.displayName).text;
  const now = (options.clock ?? systemClock)();

  const taken = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.handle}) = ${handle}`);
  if (taken.length) throw new AppError('conflict', { handle: ['handle_taken'] });

  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values({ handle, displayName, passwordHash, role: 'member', createdAt: now })
      .onConflictDoNothing()
      .returning({ id: users.id, role: users.role, handle: users.handle, displayName: users.displayName });
    // A concurrent sign-up took the handle between the check and the insert.
    if (!inserted[0]) throw new AppError('conflict', { handle: ['handle_taken'] });
    if (email) await offerAddress(tx, { userId: inserted[0].id, email, now });
    return inserted[0];
  });
}
