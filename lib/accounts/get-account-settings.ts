import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { accountTokens, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { AppError } from '../errors';
import { countRecoveryCodes } from './recovery-codes';

export interface AccountSettings {
  handle: string;
  displayName: string;
  bio: string;
  /** The verified address, or an old unverified one (then `emailVerified` is false). */
  email: string | null;
  emailVerified: boolean;
  /** An address waiting for its link to be opened. */
  pendingEmail: string | null;
  recoveryCodesLeft: number;
}

/** The member's own settings page; the only read that returns their address. */
export async function getAccountSettings(db: Database, viewer: Member, now: Date): Promise<AccountSettings> {
  const [user] = await db
    .select({ handle: users.handle, displayName: users.displayName, bio: users.bio, email: users.email, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(and(eq(users.id, viewer.id), isNull(users.deletedAt)));
  if (!user) throw new AppError('unauthenticated');
  const [pending] = await db
    .select({ email: accountTokens.email })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.userId, viewer.id),
        eq(accountTokens.purpose, 'verify_email'),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .orderBy(desc(accountTokens.id))
    .limit(1);
  return {
    handle: user.handle,
    displayName: user.displayName,
    bio: user.bio,
    email: user.email,
    emailVerified: user.verifiedAt !== null,
    pendingEmail: pending?.email ?? null,
    recoveryCodesLeft: await countRecoveryCodes(db, viewer),
  };
}
