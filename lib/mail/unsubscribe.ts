import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import { AppError } from '../errors';
import { setNotificationPreference } from '../notifications/preferences';
import type { NotificationType } from '../notifications/types';
import { verifyUnsubscribeToken, type UnsubscribePurpose } from './unsubscribe-token';

/**
 * What a token would unsubscribe from, without changing anything (the
 * confirmation page). A forged or altered token is not_found.
 */
export function readUnsubscribeToken(secret: string, token: string): { userId: number; purpose: UnsubscribePurpose } {
  const verified = verifyUnsubscribeToken(secret, token);
  if (!verified) throw new AppError('not_found');
  return verified;
}

/**
 * One-click unsubscribe, no sign-in: the signed token names the member and
 * what to stop (the daily digest, or immediate mail of one type). Idempotent;
 * a forged or altered token is not_found and changes nothing.
 */
export async function unsubscribeWithToken(db: Database, secret: string, token: string): Promise<{ purpose: UnsubscribePurpose }> {
  const { userId, purpose } = readUnsubscribeToken(secret, token);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found');
  if (purpose === 'digest') {
    await db.update(users).set({ emailDigest: false }).where(eq(users.id, userId));
  } else {
    const type = purpose.slice('immediate-'.length) as NotificationType;
    await setNotificationPreference(db, userId, type, { emailImmediately: false });
  }
  return { purpose };
}
