import { createHmac, timingSafeEqual } from 'node:crypto';
import { notificationTypes, type NotificationType } from '../notifications/types';

// One-click unsubscribe links work without signing in, so the link itself is
// the authority: an HMAC over the user id and the purpose, keyed by a key
// derived from AUTH_SECRET (never the session secret itself). Changing either
// part, or signing with another secret, makes the token worthless.

export type UnsubscribePurpose = 'digest' | `immediate-${NotificationType}`;

const TOKEN = /^(\d{1,9})\.(digest|immediate-[a-z_]{3,40})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, userId: number, purpose: string): Buffer {
  const key = createHmac('sha256', secret).update('ashore:unsubscribe-key:v1').digest();
  return createHmac('sha256', key).update(`${userId}:${purpose}`).digest();
}

export function isUnsubscribePurpose(value: string): value is UnsubscribePurpose {
  return value === 'digest' || (value.startsWith('immediate-') && (notificationTypes as readonly string[]).includes(value.slice('immediate-'.length)));
}

/** `<userId>.<purpose>.<signature>`: URL-safe as it is. */
export function signUnsubscribeToken(secret: string, userId: number, purpose: UnsubscribePurpose): string {
  return `${userId}.${purpose}.${signature(secret, userId, purpose).toString('base64url')}`;
}

/** The token's user and purpose, or null for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: number; purpose: UnsubscribePurpose } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const userId = Number(match[1]);
  const purpose = match[2]!;
  if (!isUnsubscribePurpose(purpose)) return null;
  const given = Buffer.from(match[3]!, 'base64url');
  const expected = signature(secret, userId, purpose);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, purpose };
}

/** The absolute unsubscribe URL for a mail's footer and List-Unsubscribe header. */
export function unsubscribeUrl(appUrl: string, secret: string, userId: number, purpose: UnsubscribePurpose): string {
  return `${appUrl.replace(/\/+$/, '')}/api/unsubscribe?token=${signUnsubscribeToken(secret, userId, purpose)}`;
}
