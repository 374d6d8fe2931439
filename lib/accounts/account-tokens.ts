import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { accountTokens } from '@/db/schema';
import type { Database } from '@/db/types';

export type AccountTokenPurpose = 'verify_email' | 'reset_password';

/** How long a mailed link works. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 48 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A new 256-bit random token for a mailed link. Only its SHA-256 is stored,
 * so a copy of the database opens no account. Earlier unused tokens of the
 * same purpose for the user stop working.
 */
export async function createAccountToken(
  tx: Database,
  input: { userId: number; purpose: AccountTokenPurpose; email?: string; now: Date },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .update(accountTokens)
    .set({ usedAt: input.now })
    .where(and(eq(accountTokens.userId, input.userId), eq(accountTokens.purpose, input.purpose), isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    tokenHash: hashToken(token),
    email: input.email ?? null,
    expiresAt: new Date(input.now.getTime() + TOKEN_LIFETIME_MS[input.purpose]),
    createdAt: input.now,
  });
  return token;
}

/**
 * Spends a token: returns its user (and address) when it exists, has this
 * purpose, is unused and unexpired; null otherwise. Marked used by a guarded
 * update, so it works once even under concurrent requests.
 */
export async function consumeAccountToken(
  tx: Database,
  token: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<{ userId: number; email: string | null } | null> {
  const [row] = await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId, email: accountTokens.email });
  return row ?? null;
}
