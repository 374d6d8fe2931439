import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { recoveryCodes, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { queueAccountMail } from './account-mail';
import { consumeAccountToken, createAccountToken } from './account-tokens';
import { hashPassword, verifyPassword } from './passwords';
import {
  requestResetSchema,
  resetWithCodeSchema,
  resetWithTokenSchema,
  type RequestResetInput,
  type ResetWithCodeInput,
  type ResetWithTokenInput,
} from './schemas';

// Two ways back into an account: a link mailed to a verified address, or one
// of the recovery codes shown at sign-up. A new password ends every session
// (the session version is bumped), so whoever knew the old one is out.

/**
 * Mails a reset link when the address is verified on an account. Answers
 * the same (nothing) either way: the form must not tell who is a member.
 */
export async function requestPasswordReset(db: Database, input: Untrusted<RequestResetInput>, clock: Clock = systemClock): Promise<void> {
  const parsed = requestResetSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const now = clock();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, handle: users.handle })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${parsed.data.email}`, isNotNull(users.emailVerifiedAt), isNull(users.deletedAt)));
    if (!user) return;
    const token = await createAccountToken(tx, { userId: user.id, purpose: 'reset_password', now });
    await queueAccountMail(tx, { userId: user.id, mail: 'resetPassword', values: { token, handle: user.handle }, now });
  });
}

export async function resetPasswordWithToken(db: Database, input: Untrusted<ResetWithTokenInput>, clock: Clock = systemClock): Promise<void> {
  const parsed = resetWithTokenSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const passwordHash = await hashPassword(parsed.data.password);
  const now = clock();
  await db.transaction(async (tx) => {
    const spent = await consumeAccountToken(tx, parsed.data.token, 'reset_password', now);
    if (!spent) throw new AppError('invalid_input', { token: ['link_invalid'] });
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, spent.userId), isNull(users.deletedAt)));
  });
}

const wrongCode = () => new AppError('invalid_input', { code: ['invalid_code'] });

/**
 * Handle + an unused recovery code + a new password. The code is spent by a
 * guarded update in the same transaction as the new password, so it works
 * once, even under concurrent requests. The argon2 checks run before the
 * transaction, which stays short.
 */
export async function resetPasswordWithCode(db: Database, input: Untrusted<ResetWithCodeInput>, clock: Clock = systemClock): Promise<{ handle: string }> {
  const parsed = resetWithCodeSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { handle, code, password } = parsed.data;
  const [user] = await db
    .select({ id: users.id, handle: users.handle })
    .from(users)
    .where(and(sql`lower(${users.handle}) = ${handle}`, isNull(users.deletedAt)));
  if (!user) throw wrongCode();
  const unused = await db
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  let match: number | undefined;
  for (const row of unused) {
    if (await verifyPassword(row.codeHash, code)) {
      match = row.id;
      break;
    }
  }
  if (match === undefined) throw wrongCode();
  const passwordHash = await hashPassword(password);
  const now = clock();
  await db.transaction(async (tx) => {
    const spent = await tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.id, match), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    if (!spent.length) throw wrongCode();
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
  });
  return { handle: user.handle };
}
